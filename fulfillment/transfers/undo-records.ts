/**
 * The transfers a customer made lately, and those of them that can still be undone by voice: a
 * short list of every transfer made (by its idempotency key, and the bank's id where the bank
 * gave one), in the order they were made, and one record per transfer the bank still holds,
 * kept as long as the bank lets it be cancelled and consumed once by the undo that uses it.
 * The list says which transfer was made last even when that one cannot be undone (a move between
 * own accounts, one the bank never confirmed, one already cancelled), so that "cancel that
 * transfer" never reaches past it to an earlier one.
 */
import type { CustomerId } from '../kit/ids';
import { moneySchema, type Money } from '../kit/money';
import * as z from '../kit/schema';
import { readStored } from '../kit/stored';
import type { StateStore } from '../state/state-store';
import type { TransferReceipt } from '../banks/transfer-types';

/** Where the list of a customer's transfers is kept; each undo record's key starts with it too. */
export const undoKey = (customer: string) => `transfer:undo:${customer}`;
const recordKey = (customer: string, transferId: string) => `${undoKey(customer)}:${transferId}`;

/**
 * What the undo window keeps: the bank's id of the transfer, and the amount and instant at which
 * it used up the voice limits, so that undoing it gives back that day's share and no other.
 */
export interface UndoRecord {
  readonly transferId: string;
  readonly amount: Money;
  readonly at: string;
  /** The payee it went to, so that "cancel the transfer to Jonas" never cancels one to Anna. */
  readonly payeeId?: string;
  /** The account it came from, for sending it to the payee meant instead. */
  readonly fromId?: string;
  /** The order's idempotency key, to ask the bank how it stands when a cancel is refused. */
  readonly key?: string;
  /** Until when the bank lets it be cancelled, to keep the record again after a cancel the bank failed on. */
  readonly until?: string;
}

/** A transfer made, as the list keeps it. */
export interface MadeTransfer {
  readonly key: string;
  /** The bank's id, where the bank took the order and said so. */
  readonly transferId?: string;
  readonly payeeId?: string;
  /** What was sent, so that the same again soon after is asked about ("send Tom a tenner" twice). */
  readonly amount?: Money;
}

const idSchema = z.string().check(z.minLength(1), z.maxLength(128));
const undoSchema: z.ZodMiniType<UndoRecord> = z.object({
  transferId: idSchema,
  amount: moneySchema,
  at: z.string().check(z.maxLength(40)),
  payeeId: z.optional(idSchema),
  fromId: z.optional(idSchema),
  key: z.optional(idSchema),
  until: z.optional(z.string().check(z.maxLength(40))),
});
/** More than the voice limits let a customer make while any one of them can still be undone. */
const MOST_KEPT = 10;
const listSchema: z.ZodMiniType<MadeTransfer[]> = z
  .array(z.object({ key: idSchema, transferId: z.optional(idSchema), payeeId: z.optional(idSchema), amount: z.optional(moneySchema) }))
  .check(z.maxLength(MOST_KEPT));
/** How long the list of transfers made is kept: longer than any bank's undo window here. */
const LIST_SECONDS = 3600;

/** The transfers made lately, oldest first. */
export async function transfersMade(store: StateStore, customer: CustomerId): Promise<MadeTransfer[]> {
  const raw = await store.get(undoKey(customer));
  return (raw === undefined ? undefined : readStored(raw, listSchema)) ?? [];
}

/**
 * Adds a transfer to the list of those made, or updates it in its place. The list is read and written back without a lock:
 * two transfers of one customer finishing in the same instant may leave one off it, which costs
 * that one its undo by voice and never cancels one.
 */
export async function noteTransferMade(store: StateStore, customer: CustomerId, made: MadeTransfer): Promise<void> {
  const listed = await transfersMade(store, customer);
  // One noted before (unconfirmed then, confirmed now) keeps its place: "the last one" stays the last made.
  const list = listed.some((m) => m.key === made.key) ? listed.map((m) => (m.key === made.key ? made : m)) : [...listed, made].slice(-MOST_KEPT);
  await store.set(undoKey(customer), JSON.stringify(list), LIST_SECONDS);
}

/** Keeps a transfer the bank still holds for undoing, for as long as the bank allows, and notes it as made. */
export async function keepForUndo(store: StateStore, customer: CustomerId, record: UndoRecord, seconds: number): Promise<void> {
  await store.set(recordKey(customer, record.transferId), JSON.stringify(record), seconds);
  await noteTransferMade(store, customer, { key: record.key ?? record.transferId, transferId: record.transferId, amount: record.amount, ...(record.payeeId ? { payeeId: record.payeeId } : {}) });
}

/** The undo record of one transfer, read without consuming it; undefined once used up or its window closed. */
export async function undoRecordOf(store: StateStore, customer: CustomerId, transferId: string): Promise<UndoRecord | undefined> {
  const raw = await store.get(recordKey(customer, transferId));
  return raw === undefined ? undefined : readStored(raw, undoSchema);
}

/** The transfers made lately and, of them, those that can still be undone, each oldest first. */
export interface UndoState {
  readonly made: readonly MadeTransfer[];
  readonly open: readonly UndoRecord[];
}

/** The transfers made lately and those that can still be undone, read once. */
export async function undoState(store: StateStore, customer: CustomerId): Promise<UndoState> {
  const made = await transfersMade(store, customer);
  const kept = await Promise.all(made.map((m) => (m.transferId ? undoRecordOf(store, customer, m.transferId) : undefined)));
  return { made, open: kept.filter((r): r is UndoRecord => r !== undefined) };
}

/** The transfers that can still be undone, oldest first. */
export async function openUndos(store: StateStore, customer: CustomerId): Promise<readonly UndoRecord[]> {
  return (await undoState(store, customer)).open;
}

/** Takes a transfer's undo record, once: a second caller, on any instance, gets undefined. */
export async function claimUndo(store: StateStore, customer: CustomerId, transferId: string): Promise<UndoRecord | undefined> {
  const raw = await store.consume(recordKey(customer, transferId));
  return raw === undefined ? undefined : readStored(raw, undoSchema);
}

/** Keeps a claimed record again, for what is left of its window, after a cancel the bank failed on. */
export async function restoreUndo(store: StateStore, customer: CustomerId, record: UndoRecord, now: Date): Promise<void> {
  const seconds = record.until ? Math.floor((Date.parse(record.until) - now.getTime()) / 1000) : 0;
  if (seconds > 0) await store.set(recordKey(customer, record.transferId), JSON.stringify(record), seconds);
}

/** What a transfer the bank took is kept with: what it reserved and when, where it went and came from. */
export interface Taken {
  readonly amount: Money;
  readonly at: string;
  readonly payeeId?: string;
  readonly fromId?: string;
}

/**
 * Notes a transfer the bank took as made and, while the bank still holds it and lets it be
 * cancelled (`canCancel`: the bank offers cancelling), keeps it for undoing. Returns the seconds
 * its undo stays open, 0 for none.
 */
export async function keepTaken(store: StateStore, customer: CustomerId, receipt: TransferReceipt, taken: Taken, now: Date, canCancel: boolean): Promise<number> {
  const seconds = receipt.cancellableUntil ? Math.floor((Date.parse(receipt.cancellableUntil) - now.getTime()) / 1000) : 0;
  const payee = taken.payeeId ? { payeeId: taken.payeeId } : {};
  if (receipt.status !== 'pending' || !receipt.cancellableUntil || !canCancel || seconds <= 0) {
    await noteTransferMade(store, customer, { key: receipt.idempotencyKey, transferId: receipt.transferId, amount: taken.amount, ...payee });
    return 0;
  }
  const record = { transferId: receipt.transferId, amount: taken.amount, at: taken.at, key: receipt.idempotencyKey, until: receipt.cancellableUntil };
  await keepForUndo(store, customer, { ...record, ...payee, ...(taken.fromId ? { fromId: taken.fromId } : {}) }, seconds);
  return seconds;
}
