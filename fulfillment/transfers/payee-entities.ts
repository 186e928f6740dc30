/** Teaches the platform this customer's payee names for the session (Alexa dynamic entities, Dialogflow session entities). */
import type { PayeeEntity } from '../pipeline/reply';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';

/**
 * Adds the customer's payee names to a question, with opaque ids by position. A bank without
 * payees, or one that fails to list them, leaves the reply as it is.
 */
export async function withPayeeEntities(ctx: LinkedContext, outcome: Outcome): Promise<Outcome> {
  if (!outcome.ok || outcome.value.type !== 'ask' || !ctx.deps.bank.payees) return outcome;
  const payees = await ctx.deps.bank.payees.list(ctx.session);
  if (!payees.ok || payees.value.length === 0) return outcome;
  const entities: PayeeEntity[] = payees.value.map((p, i) => ({ id: `payee-${i + 1}`, name: p.name }));
  return { ok: true, value: { ...outcome.value, payees: entities } };
}
