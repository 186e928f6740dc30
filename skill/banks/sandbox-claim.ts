/**
 * The sandbox bank keeps its books in the memory of the process that runs it, so several
 * instances sharing one store would give one customer as many balances as there are
 * instances. An instance on a shared store (Redis) therefore claims the sandbox in the store at
 * start-up and holds the claim while it runs; a second instance finds it taken and refuses to
 * start, saying why. SANDBOX_BOOKS=per-instance lets several run knowingly, each with its own
 * books (tests of what instances share, where a transfer shows on the instance that made it).
 */
import { randomUUID } from 'node:crypto';
import type { StateStore } from '../../fulfillment/state/state-store';

const KEY = 'sandbox:books-owner';
/** How long a claim outlives its last renewal: a crashed instance frees the sandbox after this. */
export const CLAIM_SECONDS = 15;
const RENEW_MS = 5000;

/** A held claim: renewed in the background until released. */
export interface SandboxClaim {
  release(): Promise<void>;
}

/** Why the sandbox was not claimed, as the start-up message says it. */
export const SANDBOX_TAKEN =
  'another instance already runs the sandbox bank on this store (REDIS_URL, REDIS_PREFIX): the sandbox keeps its books in memory, ' +
  `so several instances would give one customer several balances. Run one instance, use a REDIS_PREFIX of its own, or set SANDBOX_BOOKS=per-instance to run several with separate books. A stopped instance frees it at once, a crashed one within ${CLAIM_SECONDS} s.`;

/** Claims the sandbox on a store; a string says why it could not. */
export async function claimSandbox(store: StateStore, owner: string = randomUUID()): Promise<SandboxClaim | string> {
  if (!(await store.setIfAbsent(KEY, owner, CLAIM_SECONDS))) return SANDBOX_TAKEN;
  const renew = setInterval(() => {
    void (async () => {
      if ((await store.get(KEY)) === owner) await store.set(KEY, owner, CLAIM_SECONDS);
    })().catch(() => undefined); // a store that is down now is answered by its own timeouts
  }, RENEW_MS);
  renew.unref();
  return {
    async release() {
      clearInterval(renew);
      if ((await store.get(KEY).catch(() => undefined)) === owner) await store.delete(KEY).catch(() => undefined);
    },
  };
}
