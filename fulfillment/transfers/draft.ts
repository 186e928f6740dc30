/**
 * A transfer being prepared: it lives only in the StateStore under an opaque id bound to the
 * customer; the conversation (and so the platform) holds nothing but that id.
 */
import { randomUUID } from 'node:crypto';
import { accountId, customerId, idSchema, payeeId, type AccountId, type CustomerId, type PayeeId } from '../kit/ids';
import { moneySchema, type Money } from '../kit/money';
import * as z from '../kit/schema';
import { readStored } from '../kit/stored';
import type { StateStore } from '../state/state-store';
import { ALL_CARD_OPTIONS, type CardOption } from './card-option-words';

/** What kind of transfer: to a payee, between own accounts, or paying the credit card. */
export type TransferKind = 'payee' | 'own' | 'card';

/** The question the transfer dialog is waiting on. */
export type TransferStep =
  | 'amount'
  | 'payee'
  | 'choose-payee'
  | 'source'
  | 'target'
  | 'card-option'
  | 'check-amount'
  /** The same transfer as one the bank has not confirmed yet: send another anyway? */
  | 'check-duplicate'
  | 'confirm'
  /** "No" at the read-back: what should change? */
  | 'change'
  | 'pin'
  | 'approval';

/** The accounts a question offered, and which end of the transfer they were offered for. */
export interface AccountChoices {
  readonly field: 'from' | 'to';
  readonly ids: readonly AccountId[];
}

/** A transfer being prepared. */
export interface TransferDraft {
  readonly id: string;
  readonly customerId: CustomerId;
  /** A transfer to someone becomes one between own accounts when the customer names theirs as the destination. */
  kind: TransferKind;
  step: TransferStep;
  amount?: Money;
  payeeId?: PayeeId;
  /** Payees the customer's words matched, while asking which one. */
  candidates?: PayeeId[];
  fromId?: AccountId;
  toId?: AccountId;
  /** Answers in a row the dialog could not use. */
  failures: number;
  /** The customer said a bare "no" to the question now open; another ends the transfer. */
  saidNo?: boolean;
  /** The customer said "yes" or "go on" to the question now open, which wants a value; another counts as not understood. */
  saidYes?: boolean;
  /** What the last question listed, in the order it was said, so "the second one" can be read. */
  offered?: string[];
  /** Paying the card: the statement balance or the minimum payment, instead of an amount. */
  cardOption?: CardOption;
  /** Paying the card: "another amount" was chosen, so "how much?" is asked again, never the options. */
  otherAmount?: boolean;
  /** "The same as last time": the amount of the last transfer to the payee, looked up once the payee is known. */
  sameAsLast?: boolean;
  /** The shared name said again before the amount ("Anna", "Anna L"): which of them is asked first. */
  whichFirst?: boolean;
  /** With `sameAsLast`, "the same again": the amount of the voice transfer made minutes ago, to whomever it went. */
  sameAsJustSent?: boolean;
  /** The amount was read off the bank's history ("the same as last time"), not said: discreet mode keeps it quiet. */
  fromHistory?: boolean;
  /** The amount was said as a pair of numbers without a currency ("one fifty"): it gets the amount check. */
  saidAsPair?: boolean;
  /** "Everything": the amount is the whole balance of the source, looked up once the source is known, and again if it changes. */
  wholeBalance?: boolean;
  /** "Move half of it": with `wholeBalance`, the amount is half the source's balance (rounded down to the cent). */
  halfBalance?: boolean;
  /** The payees "which one?" offered, in order: "no, to the first one" later in the dialog chooses again among them. */
  payeeChoices?: string[];
  /** The payee chosen before the customer asked to choose among the same names again: "the other one" is the one not chosen. */
  payeeBefore?: PayeeId;
  /** The accounts "from which account?" or "to which account?" offered last, in order: "no, the other one" later takes the one not chosen. */
  accountChoices?: AccountChoices;
  /** "Twenty to Anna and thirty to Bob": the draft of the second transfer, taken up once this one is sent. */
  nextDraftId?: string;
  /** Three digits were heard at the PIN prompt once: a pause cut the PIN short, or a number slot dropped its leading zero. */
  shortPinHeard?: boolean;
  /** The customer confirmed a confusable or large amount. */
  amountChecked: boolean;
  /** The customer said yes to sending the same transfer as one the bank has not confirmed yet. */
  duplicateChecked?: boolean;
  /** The customer said yes to the read-back. */
  confirmed: boolean;
  pinVerified: boolean;
  approvalId?: string;
  /** Sent to the bank with the order: one key per confirmed order. */
  idempotencyKey: string;
}

const STEPS = ['amount', 'payee', 'choose-payee', 'source', 'target', 'card-option', 'check-amount', 'check-duplicate', 'confirm', 'change', 'pin', 'approval'] as const satisfies readonly TransferStep[];

/** A draft as it is read back from the store: every field checked, ids branded. */
const draftSchema: z.ZodMiniType<TransferDraft> = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  customerId: idSchema(customerId),
  kind: z.enum(['payee', 'own', 'card']),
  step: z.enum(STEPS),
  amount: z.optional(moneySchema),
  payeeId: z.optional(idSchema(payeeId)),
  candidates: z.optional(z.array(idSchema(payeeId)).check(z.maxLength(50))),
  fromId: z.optional(idSchema(accountId)),
  toId: z.optional(idSchema(accountId)),
  failures: z.number().check(z.int(), z.minimum(0)),
  saidNo: z.optional(z.boolean()),
  saidYes: z.optional(z.boolean()),
  offered: z.optional(z.array(z.string().check(z.maxLength(256))).check(z.maxLength(20))),
  cardOption: z.optional(z.enum(ALL_CARD_OPTIONS as [CardOption, ...CardOption[]])),
  otherAmount: z.optional(z.boolean()),
  sameAsLast: z.optional(z.boolean()),
  whichFirst: z.optional(z.boolean()),
  sameAsJustSent: z.optional(z.boolean()),
  fromHistory: z.optional(z.boolean()),
  saidAsPair: z.optional(z.boolean()),
  wholeBalance: z.optional(z.boolean()),
  halfBalance: z.optional(z.boolean()),
  payeeChoices: z.optional(z.array(z.string().check(z.maxLength(256))).check(z.maxLength(20))),
  payeeBefore: z.optional(idSchema(payeeId)),
  accountChoices: z.optional(z.object({ field: z.enum(['from', 'to']), ids: z.array(idSchema(accountId)).check(z.maxLength(20)) })),
  nextDraftId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  shortPinHeard: z.optional(z.boolean()),
  amountChecked: z.boolean(),
  duplicateChecked: z.optional(z.boolean()),
  confirmed: z.boolean(),
  pinVerified: z.boolean(),
  approvalId: z.optional(z.string().check(z.maxLength(1024))),
  idempotencyKey: z.string().check(z.minLength(1), z.maxLength(64)),
});

/** A stored draft that is there but does not parse: nothing can be sent from it. */
export const UNREADABLE = 'unreadable';

const key = (id: string) => `transfer:${id}`;
const handledKey = (id: string) => `transfer:handled:${id}`;
const heldKey = (id: string) => `transfer:held:${id}`;
/** Longer than a PIN check and a bank call take; a holder that died lets go after it. */
const HELD_TTL_SECONDS = 60;
/** How long a handled draft is remembered as handled, so late or replayed answers are told so. */
const HANDLED_TTL_SECONDS = 3600;

/**
 * A change of amount, destination, source or option: the read-back, the PIN and any approval
 * start again, for a new order with a key of its own. The approval asked for the old order is
 * returned, for the caller to withdraw at the bank.
 */
export function startOrderAgain(draft: TransferDraft): string | undefined {
  const approvalId = draft.approvalId;
  draft.confirmed = false;
  draft.pinVerified = false;
  draft.approvalId = undefined;
  draft.idempotencyKey = randomUUID();
  return approvalId;
}

/** Forgets "everything" and "half of it": the amount is no longer a share of the source's balance. */
export function forgetBalanceShare(draft: TransferDraft): void {
  draft.wholeBalance = undefined;
  draft.halfBalance = undefined;
}

/** A new amount for the draft, said or looked up: its checks and the order start again. */
export function takeAmount(draft: TransferDraft, amount: Money): void {
  draft.amount = amount;
  draft.amountChecked = false;
  draft.cardOption = undefined;
  draft.fromHistory = undefined;
  draft.saidAsPair = undefined;
  startOrderAgain(draft);
}

/** Starts a new draft with a fresh opaque id and idempotency key. */
export function newDraft(customerId: CustomerId, kind: TransferKind): TransferDraft {
  return { id: randomUUID(), customerId, kind, step: 'amount', failures: 0, amountChecked: false, confirmed: false, pinVerified: false, idempotencyKey: randomUUID() };
}

/** Saves a draft for the policy's time to live. */
export async function saveDraft(store: StateStore, draft: TransferDraft, ttlSeconds: number): Promise<void> {
  await store.set(key(draft.id), JSON.stringify(draft), ttlSeconds);
  if (held.delete(draft)) await unmarkHeld(store, draft.id);
}

function parse(raw: string | undefined, owner: CustomerId): TransferDraft | typeof UNREADABLE | undefined {
  if (!raw) return undefined;
  const draft = readStored(raw, draftSchema);
  if (!draft) return UNREADABLE;
  return draft.customerId === owner ? draft : undefined;
}

/** Loads a customer's draft; another customer's id finds nothing, a draft that does not parse is unreadable. */
export async function loadDraft(store: StateStore, id: string, owner: CustomerId): Promise<TransferDraft | typeof UNREADABLE | undefined> {
  return parse(await store.get(key(id)), owner);
}

/** Drafts this process took out of the store for a check and holds: they are claimed already. */
const held = new WeakSet<TransferDraft>();

/**
 * The mark others read while a draft is out of the store for a check. It is a count, set before
 * the draft is taken and lowered only once it is back or sent, so that a reader who finds the
 * draft gone mid-check always finds the mark, and two callers' marks never undo each other.
 */
const markHeld = (store: StateStore, id: string) => store.increment(heldKey(id), HELD_TTL_SECONDS, 1);
const unmarkHeld = (store: StateStore, id: string) => store.increment(heldKey(id), HELD_TTL_SECONDS, -1);

/**
 * Takes a draft out of the store before expensive work on it (the PIN's hash): of concurrent
 * callers exactly one gets it, so duplicates cost nothing. The holder either sends it
 * (claimDraft then finds it held) or saves it back (saveDraft), as after a wrong PIN.
 */
export async function holdDraft(store: StateStore, id: string, owner: CustomerId): Promise<TransferDraft | typeof UNREADABLE | undefined> {
  await markHeld(store, id);
  const draft = parse(await store.consume(key(id)), owner);
  if (draft && draft !== UNREADABLE) held.add(draft);
  else await unmarkHeld(store, id);
  return draft;
}

/** Takes a draft out of the store atomically for sending: of concurrent callers, exactly one gets it. */
export async function claimDraft(store: StateStore, id: string, owner: CustomerId, holding?: TransferDraft): Promise<TransferDraft | typeof UNREADABLE | undefined> {
  const holds = holding !== undefined && held.delete(holding);
  const draft = holds ? holding : parse(await store.consume(key(id)), owner);
  if (draft && draft !== UNREADABLE) await store.set(handledKey(id), '1', HANDLED_TTL_SECONDS);
  if (holds) await unmarkHeld(store, id);
  return draft;
}

/** Whether a draft is held for a check right now (by this or another instance). */
export async function isHeld(store: StateStore, id: string): Promise<boolean> {
  return Number((await store.get(heldKey(id))) ?? '0') > 0;
}

const approvalKey = (id: string) => `transfer:approval:${id}`;

/**
 * Keeps a copy of a draft whose approval now waits in the bank's app, for longer than the draft:
 * if the draft expires while the approval waits, the skill can still learn what became of it
 * and withdraw it (see expired-approval.ts).
 */
export async function keepApprovalCopy(store: StateStore, draft: TransferDraft): Promise<void> {
  await store.set(approvalKey(draft.id), JSON.stringify(draft), HANDLED_TTL_SECONDS);
}

/** Takes the copy kept for a draft's approval, once: undefined when there is none, or it is another customer's. */
export async function takeApprovalCopy(store: StateStore, id: string, owner: CustomerId): Promise<TransferDraft | undefined> {
  const draft = parse(await store.consume(approvalKey(id)), owner);
  return draft === UNREADABLE ? undefined : draft;
}

/** Whether a draft was taken for sending (rather than expiring or being dropped). */
export async function wasHandled(store: StateStore, id: string): Promise<boolean> {
  return (await store.get(handledKey(id))) !== undefined;
}

/** Forgets a draft; given the draft this process holds for a check, lets go of it too. */
export async function dropDraft(store: StateStore, id: string, holding?: TransferDraft): Promise<void> {
  await store.delete(key(id));
  if (holding !== undefined && held.delete(holding)) await unmarkHeld(store, id);
}
