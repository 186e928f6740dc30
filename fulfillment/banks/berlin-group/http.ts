/**
 * HTTP to a Berlin Group bank with cockatiel's policies: a timeout on every attempt (aborting
 * the request), a circuit breaker shared by all calls, and one quick retry for reads only, after
 * a 5xx or a dropped connection. Writes are never retried here: the standard has no idempotency
 * header, so the payment code checks the payment's status before sending again.
 */
import { randomUUID } from 'node:crypto';
import {
  BrokenCircuitError,
  circuitBreaker,
  ConsecutiveBreaker,
  ConstantBackoff,
  handleType,
  retry,
  TaskCancelledError,
  timeout,
  TimeoutStrategy,
  wrap,
  type IPolicy,
} from 'cockatiel';
import type * as z from '../../kit/schema';
import type { BankResult } from '../bank-adapter';
import type { Clock } from '../../kit/clock';
import { err, ok, type Result } from '../../kit/result';
import type { BankError } from '../bank-error';
import { bankErrorOf, retryAfterSeconds } from './errors';
import type { ConsentLink } from './links';

/** How the client reaches the bank and how patient it is. */
export interface BerlinGroupHttpOptions {
  /** The API root, e.g. "https://api.bank.example/psd2" (paths start with /v1/...). */
  readonly baseUrl: string;
  /** Per attempt; the skill must answer within about 4.5 s, so keep it near 2 s. */
  readonly timeoutMs: number;
  /** Extra attempts for a read after a 5xx or network failure. */
  readonly readRetries: number;
  /** Consecutive failures that open the breaker, and how long it stays open. */
  readonly breaker: { readonly failures: number; readonly halfOpenAfterMs: number };
  readonly clock: Clock;
  /** Node's fetch by default; an mTLS-capable fetch where the bank requires client certificates. */
  readonly fetch?: typeof fetch;
}

/** A 5xx or a dropped connection: worth a retry of a read, and counted by the breaker. */
class Transient extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`bank answered ${status}`);
  }
}

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly retryAfter: string | null;
}

/** The calls the adapter makes. */
export interface BerlinGroupHttp {
  get<S extends z.ZodMiniType>(link: ConsentLink, path: string, schema: S): BankResult<z.infer<S>>;
  /** A write: a timeout and the breaker, never a retry. */
  post<S extends z.ZodMiniType>(link: ConsentLink, path: string, body: unknown, schema: S, headers?: Readonly<Record<string, string>>): BankResult<z.infer<S>>;
  /** A DELETE; the status tells what the bank did (204 done, 202 needs the customer's approval). */
  delete(link: ConsentLink, path: string): BankResult<number>;
}

/** The headers that carry a link: its Consent-ID and the bank's Bearer token, where it has them. */
function linkHeaders(link: ConsentLink): Record<string, string> {
  return {
    accept: 'application/json',
    ...(link.consentId ? { 'consent-id': link.consentId } : {}),
    ...(link.token ? { authorization: `Bearer ${link.token}` } : {}),
  };
}

/** Builds the client; one per adapter, so the breaker sees every call. */
export function berlinGroupHttp(options: BerlinGroupHttpOptions): BerlinGroupHttp {
  const doFetch = options.fetch ?? fetch;
  const base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  const breaker = circuitBreaker(handleType(Transient), {
    halfOpenAfter: options.breaker.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(options.breaker.failures),
  });
  const perAttempt = timeout(options.timeoutMs, TimeoutStrategy.Aggressive);
  const writes: IPolicy = wrap(breaker, perAttempt);
  const reads: IPolicy = wrap(retry(handleType(Transient), { maxAttempts: options.readRetries, backoff: new ConstantBackoff(100) }), breaker, perAttempt);

  /**
   * A path as a URL under the API root. The adapter's own paths ("/v1/...") hang off the root; a
   * bank's links come absolute or from the origin ("/psd2/v1/..."). Anything outside the root is
   * refused, so a bank's answer cannot send the customer's tokens elsewhere.
   */
  function urlOf(path: string): URL | undefined {
    const root = base.pathname.replace(/\/$/, '');
    const fromOrigin = /^https?:\/\//.test(path) || (root !== '' && (path === root || path.startsWith(`${root}/`)));
    const url = fromOrigin ? new URL(path, base.origin) : new URL(path.replace(/^\//, ''), base);
    return url.origin === base.origin && url.pathname.startsWith(`${root}/`) ? url : undefined;
  }

  async function send(policy: IPolicy, link: ConsentLink, url: URL, init: RequestInit): Promise<Answer | { failed: 'timeout' | 'unavailable' }> {
    try {
      return await policy.execute(async ({ signal }) => {
        let res: Response;
        try {
          res = await doFetch(url, { ...init, signal, headers: { ...linkHeaders(link), 'x-request-id': randomUUID(), ...init.headers } });
        } catch (e) {
          if (signal.aborted) throw e;
          throw new Transient(0, '');
        }
        const body = await res.text();
        if (res.status >= 500) throw new Transient(res.status, body);
        return { status: res.status, body, retryAfter: res.headers.get('retry-after') };
      });
    } catch (e) {
      if (e instanceof TaskCancelledError) return { failed: 'timeout' };
      if (e instanceof BrokenCircuitError || e instanceof Transient) return { failed: 'unavailable' };
      throw e;
    }
  }

  /** Sends; a non-2xx answer becomes its bank error. */
  async function call(policy: IPolicy, link: ConsentLink, path: string, init: RequestInit): BankResult<Answer> {
    const url = urlOf(path);
    if (!url) return err({ kind: 'invalid-request', reason: 'link outside the API' });
    const answer = await send(policy, link, url, init);
    if ('failed' in answer) return err({ kind: answer.failed });
    if (answer.status < 200 || answer.status > 299) return err(bankErrorOf(answer.status, answer.body, retryAfterSeconds(answer.retryAfter, options.clock.now())));
    return ok(answer);
  }

  /** A 2xx body read with its schema; garbage from the bank is "not responding", not a crash. */
  function parse<S extends z.ZodMiniType>(answer: Result<Answer, BankError>, schema: S): Result<z.infer<S>, BankError> {
    if (!answer.ok) return answer;
    let json: unknown;
    try {
      json = JSON.parse(answer.value.body);
    } catch {
      return err({ kind: 'unavailable' });
    }
    const parsed = schema.safeParse(json);
    return parsed.success ? ok(parsed.data) : err({ kind: 'unavailable' });
  }

  return {
    get: async (link, path, schema) => parse(await call(reads, link, path, { method: 'GET' }), schema),
    post: async (link, path, body, schema, headers = {}) =>
      parse(await call(writes, link, path, { method: 'POST', body: JSON.stringify(body), headers: { ...headers, 'content-type': 'application/json' } }), schema),
    async delete(link, path) {
      const r = await call(writes, link, path, { method: 'DELETE' });
      return r.ok ? ok(r.value.status) : r;
    },
  };
}
