/** Teaches the platform this customer's payee names for the session (Alexa dynamic entities, Dialogflow session entities). */
import type { Payee } from '../banks/bank-types';
import type { PayeeEntity } from '../pipeline/reply';
import type { LinkedContext, Outcome } from '../pipeline/intent-handler';

/** Words of a name that say nothing about who is meant: never taught as the name alone. */
const NOT_A_NAME = new Set(['bank', 'of', 'the', 'and', 'und', 'der', 'die', 'das', 'account', 'konto', 'card', 'karte', 'credit', 'savings', 'checking', 'inc', 'llc', 'ltd', 'gmbh', 'co', 'mr', 'mrs', 'ms', 'dr', 'herr', 'frau']);

/** The first and the last word of a name of two words or more, as a customer says it alone ("Anna", "Lee"). */
function partsOf(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return [];
  return [...new Set([words[0]!, words[words.length - 1]!])].filter((w) => w.length > 1 && !NOT_A_NAME.has(w.toLowerCase()));
}

/**
 * The customer's payees as a platform learns them, with opaque ids by position. A first or last
 * name that only one payee has is a synonym of that payee, so "Lee" answers "Anna Schmidt or
 * Anna Lee?". A part two payees share ("Anna") is an entry of its own, whose value is the part
 * itself: a platform that resolved it to one of them would send that payee's full name and pick
 * silently, where the skill must ask.
 */
export function payeeEntities(payees: readonly Pick<Payee, 'name'>[]): PayeeEntity[] {
  const fullNames = new Set(payees.map((p) => p.name.toLowerCase()));
  // Each part that is not itself a payee's whole name, as first written, with the payees it fits.
  const parts = new Map<string, { readonly written: string; readonly of: Set<number> }>();
  payees.forEach((p, i) => {
    for (const part of partsOf(p.name)) {
      const key = part.toLowerCase();
      if (!fullNames.has(key)) parts.set(key, { written: parts.get(key)?.written ?? part, of: (parts.get(key)?.of ?? new Set<number>()).add(i) });
    }
  });
  const fitsOne = (part: string) => parts.get(part.toLowerCase())?.of.size === 1;
  const entities: PayeeEntity[] = payees.map((p, i) => ({ id: `payee-${i + 1}`, name: p.name, synonyms: partsOf(p.name).filter(fitsOne) }));
  const shared = [...parts.values()].filter((part) => part.of.size > 1);
  return [...entities, ...shared.map((part, i) => ({ id: `payee-name-${i + 1}`, name: part.written, synonyms: [] }))];
}

/**
 * Adds the customer's payee names to a question. A bank without payees, or one that fails to
 * list them, leaves the reply as it is.
 */
export async function withPayeeEntities(ctx: LinkedContext, outcome: Outcome): Promise<Outcome> {
  if (!outcome.ok || outcome.value.type !== 'ask' || !ctx.deps.bank.payees) return outcome;
  const payees = await ctx.deps.bank.payees.list(ctx.session);
  if (!payees.ok || payees.value.length === 0) return outcome;
  return { ok: true, value: { ...outcome.value, payees: payeeEntities(payees.value) } };
}
