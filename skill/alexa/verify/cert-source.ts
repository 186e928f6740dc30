/**
 * Fetches and caches Alexa signing certificates by URL: fetched with a timeout and a size cap,
 * verified once, kept as a public key; every cache hit re-checks the validity window.
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

/** Why no key could be had for a URL. */
export type CertSourceProblem = ChainProblem | 'fetch';

/** A cache of verified signing keys by certificate URL. */
export class CertSource {
  private readonly cache = new Map<string, VerifiedCert>();

  constructor(
    private readonly fetcher: CertFetcher,
    /** The trusted roots, asked for when a chain is first checked. */
    private readonly roots: () => readonly X509Certificate[],
  ) {}

  /** The verified key for a (checked, normalised) certificate URL at an instant. */
  async keyFor(url: string, now: number): Promise<{ ok: true; cert: VerifiedCert } | { ok: false; problem: CertSourceProblem }> {
    const cached = this.cache.get(url);
    if (cached) {
      if (now < cached.notBefore) return { ok: false, problem: 'not-yet-valid' };
      if (now > cached.notAfter) {
        this.cache.delete(url);
        return { ok: false, problem: 'expired' };
      }
      return { ok: true, cert: cached };
    }
    let pem: string;
    try {
      pem = await this.fetcher(url);
    } catch {
      return { ok: false, problem: 'fetch' };
    }
    const verified = verifyChain(pem, this.roots(), now);
    if (verified.ok) this.cache.set(url, verified.cert);
    return verified;
  }
}
