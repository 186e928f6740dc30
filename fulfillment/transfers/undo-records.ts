/**
 * The transfers a customer may still undo by voice: one record per transfer the bank still holds,
 * each kept as long as the bank lets it be cancelled and consumed once by the undo that uses it,
 * and a short list of their ids in the order they were made, so that "cancel the first one" and
 * "cancel the one to Bob" can find an earlier one than the last.
 */
import type { CustomerId } from '../kit/ids';
import { moneySchema, type Money } from '../kit/money';
import * as z from '../kit/schema';
import { readStored } from '../kit/stored';
import type { StateStore } from '../state/state-store';

/** Where the list of a customer's undoable transfers is kept; each record's key starts with it too. */
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
}

const transferIdSchema = z.string().check(z.minLength(1), z.maxLength(128));
const undoSchema: z.ZodMiniType<UndoRecord> = z.object({
  transferId: transferIdSchema,
  amount: moneySchema,
  at: z.string().check(z.maxLength(40)),
  payeeId: z.optional(transferIdSchema),
  fromId: z.optional(transferIdSchema),
});
/** More than the voice limits let a customer make while any one of them can still be undone. */
const MOST_KEPT = 10;
const listSchema = z.array(transferIdSchema).check(z.maxLength(MOST_KEPT));

/**
 * Keeps a transfer the bank still holds for undoing, for as long as the bank allows. The list is
 * read and written back without a lock: two transfers of one customer finishing in the same
 * instant may leave one off it, which costs that one its undo by voice and never cancels one.
 */
export async function keepForUndo(store: StateStore, customer: CustomerId, record: UndoRecord, seconds: number): Promise<void> {
  await store.set(recordKey(customer, record.transferId), JSON.stringify(record), seconds);
  const raw = await store.get(undoKey(customer));
  const listed = (raw === undefined ? undefined : readStored(raw, listSchema)) ?? [];
  const ids = [...listed.filter((id) => id !== record.transferId), record.transferId].slice(-MOST_KEPT);
  await store.set(undoKey(customer), JSON.stringify(ids), seconds);
}

/** The transfers that can still be undone, oldest first; a record whose window closed is gone. */
export async function openUndos(store: StateStore, customer: CustomerId): Promise<UndoRecord[]> {
  const raw = await store.get(undoKey(customer));
  const ids = (raw === undefined ? undefined : readStored(raw, listSchema)) ?? [];
  const kept = await Promise.all(ids.map((id) => store.get(recordKey(customer, id))));
  return kept.flatMap((r) => {
    const record = r === undefined ? undefined : readStored(r, undoSchema);
    return record ? [record] : [];
  });
}

/** Takes a transfer's undo record, once: a second caller, on any instance, gets undefined. */
export async function claimUndo(store: StateStore, customer: CustomerId, transferId: string): Promise<UndoRecord | undefined> {
  const raw = await store.consume(recordKey(customer, transferId));
  return raw === undefined ? undefined : readStored(raw, undoSchema);
}
