/**
 * HTTP to a Berlin Group bank with cockatiel's policies: a timeout on every attempt, a circuit
 * breaker shared by all calls, and one quick retry for reads only, after a 5xx or a dropped
 * connection. A read's timeout aborts the request. Writes are never retried, not after a 5xx, a
 * 429 or a dropped connection: the standard has no idempotency header. A write's timeout does not
 * abort it: the bank may still act on it, so the skill stops waiting (`abandoned`) but still reads
 * the answer when it comes and hands it to the caller (`onLate`), who binds it to its key.
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
import { errorReason } from '../../kit/error-reason';
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
  /**
   * Told why a request reached no answer (a refused connection, a certificate the bank or the
   * skill refused): the error's code or message, never the URL or anything of the customer's, so that an
   * operator can tell a wrong setting from an outage.
   */
  readonly onConnectionFailure?: (reason: string) => void;
}

/**
 * Why fetch reached no answer: the code of undici's cause ("ECONNREFUSED",
 * "UNABLE_TO_VERIFY_LEAF_SIGNATURE"), else its message ("other side closed", a certificate the
 * bank refused), with any address in it left out.
 */
function connectionReason(error: unknown): string {
  const { cause, name } = (error ?? {}) as { cause?: unknown; name?: unknown };
  const said = errorReason(cause);
  if (said !== undefined) return said.replace(/\S+:\/\/\S*/g, '[address]').slice(0, 120);
  return typeof name === 'string' ? name : 'unknown';
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

/** Told the bank's answer to a write the skill stopped waiting for, when it arrives. */
export type OnLate<T> = (answer: Result<T, BankError>) => void | Promise<void>;

/** The calls the adapter makes. */
export interface BerlinGroupHttp {
  get<S extends z.ZodMiniType>(link: ConsentLink, path: string, schema: S): BankResult<z.infer<S>>;
  /** A write: a timeout and the breaker, never a retry; a late answer goes to `onLate`. */
  post<S extends z.ZodMiniType>(link: ConsentLink, path: string, body: unknown, schema: S, headers?: Readonly<Record<string, string>>, onLate?: OnLate<z.infer<S>>): BankResult<z.infer<S>>;
  /** A DELETE; the status tells what the bank did (204 done, 202 needs the customer's approval). */
  delete(link: ConsentLink, path: string): BankResult<number>;
}

/** A failed exchange: no answer in time (`abandoned` when the request may still be running), or none at all. */
type Failed = { failed: 'timeout'; abandoned?: true } | { failed: 'unavailable'; uncertain?: true };

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

  /** One attempt: the answer, or Transient after a 5xx or a dropped connection. */
  async function attempt(link: ConsentLink, url: URL, init: RequestInit, signal?: AbortSignal): Promise<Answer> {
    let res: Response;
    try {
      res = await doFetch(url, { ...init, ...(signal ? { signal } : {}), headers: { ...linkHeaders(link), 'x-request-id': randomUUID(), ...init.headers } });
    } catch (e) {
      if (signal?.aborted) throw e;
      options.onConnectionFailure?.(connectionReason(e));
      throw new Transient(0, '');
    }
    const body = await res.text();
    if (res.status >= 500) throw new Transient(res.status, body);
    return { status: res.status, body, retryAfter: res.headers.get('retry-after') };
  }

  async function sendRead(link: ConsentLink, url: URL, init: RequestInit): Promise<Answer | Failed> {
    try {
      return await reads.execute(({ signal }) => attempt(link, url, init, signal));
    } catch (e) {
      if (e instanceof TaskCancelledError) return { failed: 'timeout' };
      if (e instanceof BrokenCircuitError || e instanceof Transient) return { failed: 'unavailable' };
      throw e;
    }
  }

  /**
   * A write, once. The attempt is not given the timeout's signal, so stopping waiting does not
   * cut the request off mid-flight; its answer, whenever it comes, goes to `late`.
   */
  async function sendWrite(link: ConsentLink, url: URL, init: RequestInit, late?: (answer: Answer | Failed) => void): Promise<Answer | Failed> {
    let running: Promise<Answer> | undefined;
    try {
      return await writes.execute(() => (running = attempt(link, url, init)));
    } catch (e) {
      if (e instanceof TaskCancelledError) {
        running?.then(
          (answer) => late?.(answer),
          (failure: unknown) => late?.(failure instanceof Transient ? { failed: 'unavailable', uncertain: true } : { failed: 'unavailable' }),
        );
        return { failed: 'timeout', abandoned: true };
      }
      if (e instanceof BrokenCircuitError) return { failed: 'unavailable' };
      if (e instanceof Transient) return { failed: 'unavailable', uncertain: true };
      throw e;
    }
  }

  /** An exchange as a result: a non-2xx answer becomes its bank error. */
  function resultOf(answer: Answer | Failed): Result<Answer, BankError> {
    if ('failed' in answer) {
      if (answer.failed === 'timeout') return err(answer.abandoned ? { kind: 'timeout', abandoned: true } : { kind: 'timeout' });
      return err(answer.uncertain ? { kind: 'unavailable', uncertain: true } : { kind: 'unavailable' });
    }
    if (answer.status < 200 || answer.status > 299) return err(bankErrorOf(answer.status, answer.body, retryAfterSeconds(answer.retryAfter, options.clock.now())));
    return ok(answer);
  }

  /** Sends a read or a write; a late answer to a write goes to `late`. */
  async function call(write: boolean, link: ConsentLink, path: string, init: RequestInit, late?: (answer: Result<Answer, BankError>) => void): BankResult<Answer> {
    const url = urlOf(path);
    if (!url) return err({ kind: 'invalid-request', reason: 'link outside the API' });
    const answer = write ? await sendWrite(link, url, init, late && ((a) => late(resultOf(a)))) : await sendRead(link, url, init);
    return resultOf(answer);
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
    get: async (link, path, schema) => parse(await call(false, link, path, { method: 'GET' }), schema),
    post: async (link, path, body, schema, headers = {}, onLate) => {
      const init = { method: 'POST', body: JSON.stringify(body), headers: { ...headers, 'content-type': 'application/json' } };
      // A late answer's own failure (a store that is gone) must not become an unhandled rejection.
      const late = onLate && ((answer: Result<Answer, BankError>) => void Promise.resolve(onLate(parse(answer, schema))).catch(() => undefined));
      return parse(await call(true, link, path, init, late), schema);
    },
    async delete(link, path) {
      const r = await call(true, link, path, { method: 'DELETE' });
      return r.ok ? ok(r.value.status) : r;
    },
  };
}
