/**
 * Fetches and caches Alexa signing certificates by URL: fetched with a timeout and a size cap,
 * verified once, kept as a public key; every cache hit re-checks the validity window. Requests
 * that arrive while a URL is being fetched wait for that fetch instead of starting their own,
 * and a URL that could not be fetched or verified is refused without a fetch for a short while,
 * so a burst of requests naming it costs one fetch, not one each.
 */
import type { X509Certificate } from 'node:crypto';
import { verifyChain, type ChainProblem, type VerifiedCert } from './cert-chain';

/** Fetches a certificate chain's PEM text. */
export type CertFetcher = (url: string) => Promise<string>;

/** The largest certificate chain accepted, in bytes. */
export const MAX_CERT_BYTES = 64 * 1024;
/** How long a certificate fetch may take. */
export const CERT_FETCH_TIMEOUT_MS = 2000;

/** Fetches over HTTPS with Node's fetch, a timeout and a size cap. */
export const httpsCertFetcher: CertFetcher = async (url) => {
  const res = await fetch(url, { signal: AbortSignal.timeout(CERT_FETCH_TIMEOUT_MS), redirect: 'error' });
  if (!res.ok || !res.body) throw new Error(`certificate fetch answered ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_CERT_BYTES) throw new Error('certificate too large');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.length;
    if (size > MAX_CERT_BYTES) throw new Error('certificate too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
};

/** How long a URL that failed is refused without fetching it again. */
export const CERT_FAILURE_TTL_MS = 30_000;
/** How many failed URLs are remembered; the oldest is forgotten first (junk may name many). */
const MAX_FAILURES = 1000;

/** Why no key could be had for a URL. */
export type CertSourceProblem = ChainProblem | 'fetch';

/** What a look-up gives: the verified key, or why there is none. */
type KeyResult = { ok: true; cert: VerifiedCert } | { ok: false; problem: CertSourceProblem };

/** A cache of verified signing keys by certificate URL. */
export class CertSource {
  private readonly cache = new Map<string, VerifiedCert>();
  private readonly inFlight = new Map<string, Promise<KeyResult>>();
  private readonly failures = new Map<string, { until: number; problem: CertSourceProblem }>();

  constructor(
    private readonly fetcher: CertFetcher,
    /** The trusted roots, asked for when a chain is first checked. */
    private readonly roots: () => readonly X509Certificate[],
  ) {}

  /**
   * The verified key for a (checked, normalised) certificate URL at an instant. With `fetch`
   * false only what is cached or already being fetched is used: a URL not yet seen is refused.
   */
  async keyFor(url: string, now: number, fetch = true): Promise<KeyResult> {
    const cached = this.cache.get(url);
    if (cached) {
      if (now < cached.notBefore) return { ok: false, problem: 'not-yet-valid' };
      if (now > cached.notAfter) {
        this.cache.delete(url);
        return { ok: false, problem: 'expired' };
      }
      return { ok: true, cert: cached };
    }
    const failed = this.failures.get(url);
    if (failed && now < failed.until) return { ok: false, problem: failed.problem };
    const pending = this.inFlight.get(url);
    if (pending) return pending;
    if (!fetch) return { ok: false, problem: 'fetch' };
    const fetched = this.fetchAndVerify(url, now).finally(() => this.inFlight.delete(url));
    this.inFlight.set(url, fetched);
    return fetched;
  }

  private async fetchAndVerify(url: string, now: number): Promise<KeyResult> {
    let pem: string;
    try {
      pem = await this.fetcher(url);
    } catch {
      return this.failed(url, now, 'fetch');
    }
    const verified = verifyChain(pem, this.roots(), now);
    if (!verified.ok) return this.failed(url, now, verified.problem);
    this.failures.delete(url);
    this.cache.set(url, verified.cert);
    return verified;
  }

  private failed(url: string, now: number, problem: CertSourceProblem): KeyResult {
    this.failures.delete(url);
    this.failures.set(url, { until: now + CERT_FAILURE_TTL_MS, problem });
    if (this.failures.size > MAX_FAILURES) {
      const oldest = this.failures.keys().next();
      if (!oldest.done) this.failures.delete(oldest.value);
    }
    return { ok: false, problem };
  }
}
