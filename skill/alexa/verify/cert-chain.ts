/**
 * Checks Alexa's signing certificate chain with node:crypto: every certificate valid now,
 * each issued and signed by the next, the last issued by a trusted root, and the leaf naming
 * echo-api.amazon.com. Returns the leaf's public key and validity window for caching.
 */
import { X509Certificate, type KeyObject } from 'node:crypto';

/** A verified signing certificate, ready to check signatures with. */
export interface VerifiedCert {
  readonly key: KeyObject;
  readonly notBefore: number;
  readonly notAfter: number;
}

/** Why a chain was refused. */
export type ChainProblem = 'unparsable' | 'expired' | 'not-yet-valid' | 'san' | 'chain' | 'untrusted';

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The name the leaf certificate must carry. */
export const ALEXA_SAN = 'echo-api.amazon.com';

function within(cert: X509Certificate, now: number): ChainProblem | undefined {
  if (Date.parse(cert.validFrom) > now) return 'not-yet-valid';
  if (Date.parse(cert.validTo) < now) return 'expired';
  return undefined;
}

/** Verifies a PEM chain (leaf first) against trusted roots at an instant. */
export function verifyChain(pem: string, roots: readonly X509Certificate[], now: number): { ok: true; cert: VerifiedCert } | { ok: false; problem: ChainProblem } {
  let chain: X509Certificate[];
  try {
    chain = (pem.match(PEM) ?? []).map((block) => new X509Certificate(block));
  } catch {
    return { ok: false, problem: 'unparsable' };
  }
  const leaf = chain[0];
  if (!leaf) return { ok: false, problem: 'unparsable' };
  for (const cert of chain) {
    const problem = within(cert, now);
    if (problem) return { ok: false, problem };
  }
  const names = (leaf.subjectAltName ?? '').split(',').map((n) => n.trim());
  if (!names.includes(`DNS:${ALEXA_SAN}`)) return { ok: false, problem: 'san' };
  for (let i = 0; i + 1 < chain.length; i += 1) {
    const [child, parent] = [chain[i], chain[i + 1]];
    if (!child || !parent || !child.checkIssued(parent) || !child.verify(parent.publicKey)) return { ok: false, problem: 'chain' };
  }
  const top = chain[chain.length - 1] as X509Certificate;
  const anchored = roots.some(
    (root) => root.fingerprint256 === top.fingerprint256 || (top.checkIssued(root) && top.verify(root.publicKey) && !within(root, now)),
  );
  if (!anchored) return { ok: false, problem: 'untrusted' };
  return { ok: true, cert: { key: leaf.publicKey, notBefore: Date.parse(leaf.validFrom), notAfter: Date.parse(leaf.validTo) } };
}
