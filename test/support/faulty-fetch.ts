/**
 * A fetch that puts faults on chosen requests on their way to a bank, and counts the requests
 * that reached it: a 500 or a 429 without the bank acting, silence (the bank never acts, and its
 * gateway gives up long after the adapter), a connection dropped after the bank acted, or the
 * bank's own answer held back until after the adapter stopped waiting. Held answers are let go
 * by `settle()`, not by a timer, so a test on a busy machine decides when the bank answers.
 */
import type { WriteFault } from '../contract/bank-faults.contract';

/** Which requests a fault may be put on, by a name the test chooses. */
export type RequestMatcher<K extends string> = (method: string, url: URL) => K | undefined;

/** The fetch and its controls. */
export interface FaultyFetch<K extends string> {
  readonly fetch: typeof fetch;
  inject(kind: K, fault: WriteFault): void;
  reached(kind: K): number;
  /** Lets every held-back answer go, and waits for it to be delivered and read. */
  settle(): Promise<void>;
}

/** Wraps `inner` (node's fetch, which nock intercepts). */
export function faultyFetch<K extends string>(match: RequestMatcher<K>, inner: typeof fetch = fetch): FaultyFetch<K> {
  const faults = new Map<K, WriteFault>();
  const counts = new Map<K, number>();
  const held: Promise<unknown>[] = [];
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let open: () => void = () => undefined;
  let gate = new Promise<void>((resolve) => (open = resolve));

  const faulty: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const kind = match(init?.method ?? 'GET', url);
    if (kind === undefined) return inner(input, init);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    const fault = faults.get(kind);
    faults.delete(kind);
    switch (fault) {
      case undefined:
        return inner(input, init);
      case 'server-error':
        return new Response('{}', { status: 500 });
      case 'too-many-requests':
        return new Response('{}', { status: 429, headers: { 'retry-after': '30' } });
      case 'silent': {
        const late = gate.then(() => new Response('gateway timeout', { status: 504 }));
        held.push(late);
        return late;
      }
      case 'dropped':
        await inner(input, init);
        throw new TypeError('fetch failed: connection reset');
      case 'late': {
        const late = inner(input, init).then(async (answer) => {
          await gate;
          return answer;
        });
        held.push(late);
        return late;
      }
    }
  };

  return {
    fetch: faulty,
    inject: (kind, fault) => void faults.set(kind, fault),
    reached: (kind) => counts.get(kind) ?? 0,
    async settle() {
      open();
      await Promise.allSettled(held.splice(0));
      gate = new Promise<void>((resolve) => (open = resolve));
      // The adapter reads a late answer and writes what it learnt after the fetch resolves.
      await wait(20);
    },
  };
}
