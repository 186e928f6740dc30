/**
 * The customer's last voice transfer the bank took, kept for a day so that "did it go through?"
 * can be asked of the bank by its idempotency key. Only ids: where the money went and the
 * bank's keys, never the amount.
 */
import type { CustomerId } from '../kit/ids';
import * as z from '../kit/schema';
import { readStored } from '../kit/stored';
import type { StateStore } from '../state/state-store';

/** What is kept of the last transfer. */
export interface LastTransfer {
  readonly idempotencyKey: string;
  /** The payee's or account's id. */
  readonly target: string;
  readonly at: string;
}

const key = (customer: CustomerId) => `transfer:last:${customer}`;
const TTL_SECONDS = 24 * 3600;

const schema: z.ZodMiniType<LastTransfer> = z.object({
  idempotencyKey: z.string().check(z.minLength(1), z.maxLength(64)),
  target: z.string().check(z.minLength(1), z.maxLength(256)),
  at: z.string().check(z.maxLength(40)),
});

/** Remembers the transfer the bank just took. */
export async function rememberLastTransfer(store: StateStore, customer: CustomerId, last: LastTransfer): Promise<void> {
  await store.set(key(customer), JSON.stringify(last), TTL_SECONDS);
}

/** The last transfer, or undefined when none is kept or the record does not parse. */
export async function lastTransfer(store: StateStore, customer: CustomerId): Promise<LastTransfer | undefined> {
  const raw = await store.get(key(customer));
  return raw ? readStored(raw, schema) : undefined;
}
