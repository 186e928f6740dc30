/**
 * Checks Alexa's signing certificate chain with node:crypto: every certificate valid now,
 * each issued and signed by the next, every issuer a CA allowed to sign certificates, the last
 * issued by a trusted root, and the leaf naming echo-api.amazon.com. Returns the leaf's public
 * key and validity window for caching.
 *
 * "A CA allowed to sign certificates" is node:crypto's `ca` (OpenSSL's X509_check_ca): basicConstraints
 * CA:true, and keyUsage keyCertSign where that extension is present. `checkIssued` alone
 * (X509_check_issued) looks at keyUsage only, so an end-entity certificate without keyUsage
 * could issue a leaf that it accepts.
 */
import { X509Certificate, type KeyObject } from 'node:crypto';

/** A verified signing certificate, ready to check signatures with. */
export interface VerifiedCert {
  readonly key: KeyObject;
  readonly notBefore: number;
  readonly notAfter: number;
}

/** Why a chain was refused. */
export type ChainProblem = 'unparsable' | 'expired' | 'not-yet-valid' | 'san' | 'chain' | 'not-a-ca' | 'untrusted';

/** Whether a certificate may issue another: a CA, and (checked with it) allowed to sign certificates. */
const issues = (child: X509Certificate, parent: X509Certificate) => parent.ca && child.checkIssued(parent) && child.verify(parent.publicKey);

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
    if (!child || !parent) return { ok: false, problem: 'chain' };
    if (!parent.ca) return { ok: false, problem: 'not-a-ca' };
    if (!issues(child, parent)) return { ok: false, problem: 'chain' };
  }
  const top = chain[chain.length - 1] as X509Certificate;
  const anchored = roots.some((root) => root.fingerprint256 === top.fingerprint256 || (issues(top, root) && !within(root, now)));
  if (!anchored) return { ok: false, problem: 'untrusted' };
  return { ok: true, cert: { key: leaf.publicKey, notBefore: Date.parse(leaf.validFrom), notAfter: Date.parse(leaf.validTo) } };
}
