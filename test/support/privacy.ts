/**
 * The privacy rule as a check: what a response leaves with the platform between turns (Alexa
 * session attributes, Dialogflow output contexts, CX session parameters, which it only deletes)
 * holds no amount, payee name, account id or balance, only opaque names.
 */
import type { Books } from '../../fulfillment/banks/sandbox/state';
import { toDecimal } from '../../fulfillment/kit/money';

/** The words and figures of a customer's books that must never reach the platform's memory. */
export function secretsOf(books: Books): string[] {
  return [
    ...books.accounts.flatMap((a) => [a.id, a.last4, toDecimal(a.balance), a.name]),
    ...books.payees.flatMap((p) => [p.id, p.name, ...p.name.split(' '), p.last4]),
  ].filter((s) => s.length >= 3);
}

/** The problems found in one response body; empty when it keeps nothing private. */
export function privacyProblems(body: unknown, secrets: readonly string[]): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const problems: string[] = [];
  const b = body as { sessionAttributes?: Record<string, unknown>; outputContexts?: { name: string; parameters?: unknown }[]; sessionInfo?: { parameters?: Record<string, unknown> } };
  if (b.sessionAttributes && Object.keys(b.sessionAttributes).length > 0) problems.push(`session attributes: ${JSON.stringify(b.sessionAttributes)}`);
  const cxKept = Object.entries(b.sessionInfo?.parameters ?? {}).filter(([, v]) => v !== null);
  if (cxKept.length > 0) problems.push(`CX session parameters: ${JSON.stringify(Object.fromEntries(cxKept))}`);
  for (const c of b.outputContexts ?? []) {
    if (c.parameters !== undefined) problems.push(`context parameters: ${JSON.stringify(c.parameters)}`);
    if (!/\/contexts\/[a-z-]+$/.test(c.name)) problems.push(`context name: ${c.name}`);
  }
  const kept = JSON.stringify({ a: b.sessionAttributes ?? {}, c: b.outputContexts ?? [] });
  for (const s of secrets) if (kept.includes(s)) problems.push(`kept "${s}"`);
  const amount = /\d+\.\d{2}/.exec(kept);
  if (amount) problems.push(`kept an amount ${amount[0]}`);
  return problems;
}
