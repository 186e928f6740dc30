/**
 * Alexa request verification, as a guard in front of /alexa: both signature headers present,
 * the certificate URL checked before any fetch, the certificate chain verified (and cached),
 * Signature-256 (RSA-SHA256) over the exact bytes received, the timestamp within 150 seconds
 * either way, and the skill id allow-listed. Any failure is an HTTP 400 before a handler runs.
 */
import { verify as verifySignature } from 'node:crypto';
import type { Clock } from '../../../fulfillment/clock';
import type { RequestGuard } from '../../server/guard';
import { memoize } from '../../../fulfillment/memo';
import { checkCertUrl } from './cert-url';
import { claimsProblem } from './claims';
import type { CertSource } from './cert-source';

/** What the verifier needs. */
export interface AlexaVerifierOptions {
  readonly certs: CertSource;
  readonly clock: Clock;
  readonly skillIds: readonly string[];
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Builds the verification guard. */
export function alexaVerifier(options: AlexaVerifierOptions): RequestGuard {
  const allowed = new Set(options.skillIds);
  // Alexa names the same few certificate URLs on every request: each is checked once.
  const checkUrl = memoize(checkCertUrl, 256);
  return async ({ headers, rawBody, json }) => {
    const certUrl = header(headers['signaturecertchainurl']);
    const signature = header(headers['signature-256']);
    if (!certUrl || !signature) return { ok: false, status: 400, reason: 'missing signature headers' };
    const url = checkUrl(certUrl);
    if (!url.ok) return { ok: false, status: 400, reason: `certificate url: ${url.problem}` };
    const now = options.clock.now().getTime();
    const key = await options.certs.keyFor(url.url, now);
    if (!key.ok) return { ok: false, status: 400, reason: `certificate: ${key.problem}` };
    let valid = false;
    try {
      valid = verifySignature('sha256', rawBody, key.cert.key, Buffer.from(signature, 'base64'));
    } catch {
      valid = false;
    }
    if (!valid) return { ok: false, status: 400, reason: 'signature' };
    const problem = claimsProblem(json(), allowed, now);
    return problem ? { ok: false, status: 400, reason: problem } : { ok: true };
  };
}
