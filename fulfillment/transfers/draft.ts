/**
 * A transfer being prepared: it lives only in the StateStore under an opaque id bound to the
 * customer; the conversation (and so the platform) holds nothing but that id.
 */
import { randomUUID } from 'node:crypto';
import type { AccountId, CustomerId, PayeeId } from '../kit/ids';
import type { Money } from '../kit/money';
import type { StateStore } from '../state/state-store';

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
  | 'confirm'
  | 'pin'
  | 'approval';

/** A transfer being prepared. */
export interface TransferDraft {
  readonly id: string;
  readonly customerId: CustomerId;
  readonly kind: TransferKind;
  step: TransferStep;
  amount?: Money;
  payeeId?: PayeeId;
  /** Payees the customer's words matched, while asking which one. */
  candidates?: PayeeId[];
  fromId?: AccountId;
  toId?: AccountId;
  /** Answers in a row the dialog could not use. */
  failures: number;
  /** Paying the card: the statement balance or the minimum payment, instead of an amount. */
  cardOption?: 'statement' | 'minimum';
  /** The customer confirmed a confusable or large amount. */
  amountChecked: boolean;
  /** The customer said yes to the read-back. */
  confirmed: boolean;
  pinVerified: boolean;
  approvalId?: string;
  /** Sent to the bank with the order: one key per confirmed order. */
  idempotencyKey: string;
}

const key = (id: string) => `transfer:${id}`;
const handledKey = (id: string) => `transfer:handled:${id}`;
/** How long a handled draft is remembered as handled, so late or replayed answers are told so. */
const HANDLED_TTL_SECONDS = 3600;

/** Starts a new draft with a fresh opaque id and idempotency key. */
export function newDraft(customerId: CustomerId, kind: TransferKind): TransferDraft {
  return { id: randomUUID(), customerId, kind, step: 'amount', failures: 0, amountChecked: false, confirmed: false, pinVerified: false, idempotencyKey: randomUUID() };
}

/** Saves a draft for the policy's time to live. */
export async function saveDraft(store: StateStore, draft: TransferDraft, ttlSeconds: number): Promise<void> {
  await store.set(key(draft.id), JSON.stringify(draft), ttlSeconds);
}

function parse(raw: string | undefined, customerId: CustomerId): TransferDraft | undefined {
  if (!raw) return undefined;
  const draft = JSON.parse(raw) as TransferDraft;
  return draft.customerId === customerId ? draft : undefined;
}

/** Loads a customer's draft; another customer's id finds nothing. */
export async function loadDraft(store: StateStore, id: string, customerId: CustomerId): Promise<TransferDraft | undefined> {
  return parse(await store.get(key(id)), customerId);
}

/** Takes a draft out of the store atomically: of concurrent callers, exactly one gets it. */
export async function claimDraft(store: StateStore, id: string, customerId: CustomerId): Promise<TransferDraft | undefined> {
  const draft = parse(await store.consume(key(id)), customerId);
  if (draft) await store.set(handledKey(id), '1', HANDLED_TTL_SECONDS);
  return draft;
}

/** Whether a draft was taken for sending (rather than expiring or being dropped). */
export async function wasHandled(store: StateStore, id: string): Promise<boolean> {
  return (await store.get(handledKey(id))) !== undefined;
}

/** Forgets a draft. */
export async function dropDraft(store: StateStore, id: string): Promise<void> {
  await store.delete(key(id));
}
