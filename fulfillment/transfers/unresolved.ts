/**
 * Transfers the bank has not confirmed either way ("uncertain is a state"): the skill stopped
 * waiting while the payment may have reached the bank. Each is kept under the customer with its
 * idempotency key, its limits stay reserved, and its outcome is learnt later by the key: when the
 * customer opens the skill or starts a transfer, the bank is asked, the customer told, the audit
 * trail completed and, for a transfer that was not made, the limits given back.
 */
import type { AccountId, CustomerId } from '../kit/ids';
import { accountId, idSchema } from '../kit/ids';
import { moneySchema, sameMoney, type Money } from '../kit/money';
import * as z from '../kit/schema';
import { readStored } from '../kit/stored';
import type { LinkedContext } from '../pipeline/intent-handler';
import type { StateStore } from '../state/state-store';
import type { TransferReceipt, TransferTarget } from '../banks/transfer-types';
import { keepTaken } from './undo-records';
import { releaseLimits } from './limits';
import { transferSpeech } from './speech';
import type { Destination } from './speech/catalog';
import type { TransferDraft } from './draft';
import type { Account, Payee } from '../banks/bank-types';

/** What the customer's payees and accounts are, to name where a transfer went. */
type Known = { readonly accounts: readonly Account[]; readonly payees: readonly Payee[] };

/** A transfer sent to the bank whose outcome is not known yet. */
export interface Unresolved {
  readonly idempotencyKey: string;
  readonly amount: Money;
  /** The payee's or the own account's id. */
  readonly target: string;
  readonly from: AccountId;
  /** When it was sent (ISO): the limits it reserved are counted on that day and hour. */
  readonly at: string;
  /** The payee, where it went to one: named when it is cancelled once the bank confirms it. */
  readonly payeeId?: string;
}

const unresolvedSchema: z.ZodMiniType<Unresolved[]> = z.array(
  z.object({
    idempotencyKey: z.string().check(z.minLength(1), z.maxLength(64)),
    amount: moneySchema,
    target: z.string().check(z.minLength(1), z.maxLength(256)),
    from: idSchema(accountId),
    at: z.string().check(z.maxLength(40)),
    payeeId: z.optional(z.string().check(z.minLength(1), z.maxLength(256))),
  }),
).check(z.maxLength(20));

const key = (c: CustomerId) => `transfer:unresolved:${c}`;
const resolvedKey = (idempotencyKey: string) => `transfer:resolved:${idempotencyKey}`;
/** Longer than any bank takes to answer, shorter than the bank's own records of the key. */
const UNRESOLVED_TTL_SECONDS = 3 * 24 * 3600;

/**
 * How long after sending a "not found" by the key still proves nothing: a request the skill
 * stopped waiting for may still be on its way. Far longer than any bank call is let run.
 */
export const NOT_FOUND_PROVES_AFTER_MS = 2 * 60_000;

/** The id of where an order's money goes. */
export const targetId = (to: TransferTarget): string => (to.kind === 'payee' ? to.payeeId : to.accountId);

/** The customer's unresolved transfers; a record that does not parse is kept as none, never sent from. */
export async function listUnresolved(store: StateStore, customer: CustomerId): Promise<Unresolved[]> {
  const raw = await store.get(key(customer));
  return (raw && readStored(raw, unresolvedSchema)) || [];
}

async function save(store: StateStore, customer: CustomerId, list: readonly Unresolved[]): Promise<void> {
  if (list.length === 0) await store.delete(key(customer));
  else await store.set(key(customer), JSON.stringify(list), UNRESOLVED_TTL_SECONDS);
}

/** Remembers a transfer whose outcome the bank has not told yet. */
export async function rememberUnresolved(store: StateStore, customer: CustomerId, entry: Unresolved): Promise<void> {
  const list = await listUnresolved(store, customer);
  await save(store, customer, [...list.filter((u) => u.idempotencyKey !== entry.idempotencyKey), entry]);
}

/** The unresolved transfer a draft would repeat: the same destination and amount. */
export function sameAs(list: readonly Unresolved[], draft: TransferDraft): Unresolved | undefined {
  const target = draft.payeeId ?? draft.toId;
  return list.find((u) => u.target === target && draft.amount !== undefined && sameMoney(u.amount, draft.amount));
}

/** Where an unresolved transfer went, as the customer knows it, when the view has it. */
export function destinationOf(view: Known | undefined, u: Pick<Unresolved, 'target'>): Destination | undefined {
  const payee = view?.payees.find((p) => p.id === u.target);
  if (payee) return { payee };
  const account = view?.accounts.find((a) => a.id === u.target);
  return account ? { account } : undefined;
}

/**
 * Asks the bank about each unresolved transfer by its key. A transfer the bank now reports is
 * audited and said; one the bank refused, or never received (a "not found" once nothing can
 * still be on its way), gets its limits back. What the bank still cannot say stays unresolved. Returns the sentences to say
 * and what is still open.
 */
export async function learnOutcomes(ctx: LinkedContext, view?: Known): Promise<{ said: string[]; open: Unresolved[] }> {
  const { deps, session } = ctx;
  const list = await listUnresolved(deps.store, session.customer.id);
  const transfers = deps.bank.transfers;
  if (list.length === 0 || !transfers) return { said: [], open: list };
  const t = transferSpeech(ctx.turn.locale);
  const said: string[] = [];
  const open: Unresolved[] = [];
  for (const u of list) {
    const status = await transfers.status(session, u.idempotencyKey);
    let outcome: string;
    if (status.ok) outcome = status.value.status === 'pending' || status.value.status === 'completed' ? status.value.status : `refused:${status.value.status}`;
    else if (status.error.kind === 'rejected' || (status.error.kind === 'not-found' && deps.clock.now().getTime() - Date.parse(u.at) >= NOT_FOUND_PROVES_AFTER_MS)) {
      outcome = `refused:${status.error.kind}`;
    }
    else {
      open.push(u);
      continue;
    }
    // Of two turns learning the same outcome at once, one audits it and gives the limits back.
    if (!(await deps.store.setIfAbsent(resolvedKey(u.idempotencyKey), outcome, UNRESOLVED_TTL_SECONDS))) continue;
    const made = !outcome.startsWith('refused:');
    if (!made) await releaseLimits(deps.store, session.customer.id, u.amount, new Date(u.at));
    deps.metrics?.transfer(outcome);
    await deps.audit.record({
      at: deps.clock.now().toISOString(),
      customerId: session.customer.id,
      action: 'transfer',
      outcome,
      reference: u.idempotencyKey,
      amount: u.amount,
      target: u.target,
      platform: ctx.turn.platform,
    });
    if (status.ok && made) await keepLearntForUndo(ctx, u, status.value).catch(() => undefined);
    said.push(made ? t.earlierSent(destinationOf(view, u)) : t.earlierNotSent(destinationOf(view, u)));
  }
  // Saved only when something changed, so two turns learning at once write the same list.
  if (open.length !== list.length) await save(deps.store, session.customer.id, open);
  return { said, open };
}

/**
 * A transfer learnt to be made: noted with the bank's id in its place among those made, and kept
 * for undoing while the bank still lets it be cancelled, as if the bank had confirmed it at once;
 * so "cancel that transfer" after "did it go through?" can still cancel it. The money has moved
 * either way: a store failure here costs the undo, never the answer.
 */
async function keepLearntForUndo(ctx: LinkedContext, u: Unresolved, receipt: TransferReceipt): Promise<void> {
  const { deps, session } = ctx;
  const taken = { amount: u.amount, at: u.at, fromId: u.from, ...(u.payeeId ? { payeeId: u.payeeId } : {}) };
  await keepTaken(deps.store, session.customer.id, receipt, taken, deps.clock.now(), Boolean(deps.bank.transfers?.cancel));
}
