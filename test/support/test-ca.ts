/**
 * A certificate authority made in the test, so Alexa verification is tested without the
 * network: a root, an intermediate and a leaf for echo-api.amazon.com, plus broken variants.
 * Keys come from node:crypto; node-forge writes the X.509 certificates.
 */
import { X509Certificate, createSign, generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

interface Issued {
  readonly pem: string;
  readonly keyPem: string;
  readonly cert: forge.pki.Certificate;
  readonly key: forge.pki.rsa.PrivateKey;
}

let serial = 1;

/** keyUsage as issued: CA certificates may sign certificates; `none` leaves the extension out. */
type KeyUsage = 'default' | 'none' | 'no-cert-sign';

function issue(subject: string, issuer: Issued | undefined, options: { ca: boolean; san?: string; from: Date; to: Date; keyUsage?: KeyUsage }): Issued {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = String(serial++).padStart(4, '0');
  cert.validity.notBefore = options.from;
  cert.validity.notAfter = options.to;
  const name = [{ name: 'commonName', value: subject }];
  cert.setSubject(name);
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : name);
  const usage = options.keyUsage ?? 'default';
  const extensions: object[] = [{ name: 'basicConstraints', cA: options.ca }];
  if (usage !== 'none') extensions.push({ name: 'keyUsage', keyCertSign: usage === 'default' && options.ca, digitalSignature: true });
  if (options.san) extensions.push({ name: 'subjectAltName', altNames: [{ type: 2, value: options.san }] });
  cert.setExtensions(extensions);
  const key = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  cert.sign(issuer ? issuer.key : key, forge.md.sha256.create());
  return { pem: forge.pki.certificateToPem(cert), keyPem, cert, key };
}

/** A test CA and the certificates the verification tests need. */
export interface TestCa {
  readonly root: X509Certificate;
  /** A valid chain (leaf, intermediate) for echo-api.amazon.com, and its signing key. */
  readonly good: { readonly chain: string; readonly keyPem: string };
  readonly expired: { readonly chain: string; readonly keyPem: string };
  readonly notYetValid: { readonly chain: string; readonly keyPem: string };
  readonly wrongName: { readonly chain: string; readonly keyPem: string };
  readonly selfSigned: { readonly chain: string; readonly keyPem: string };
  /** An echo-api leaf issued, under the trusted intermediate, by an end-entity certificate (CA:false, no keyUsage). */
  readonly byEndEntity: { readonly chain: string; readonly keyPem: string };
  /** An echo-api leaf issued by a CA certificate whose keyUsage does not allow signing certificates. */
  readonly byNoCertSign: { readonly chain: string; readonly keyPem: string };
  /** When the good leaf stops being valid. */
  readonly goodUntil: Date;
}

/** Makes the CA around an instant. */
export function makeTestCa(now: Date): TestCa {
  const day = 86_400_000;
  const at = (days: number) => new Date(now.getTime() + days * day);
  const root = issue('Test Root CA', undefined, { ca: true, from: at(-400), to: at(4000) });
  const intermediate = issue('Test Intermediate CA', root, { ca: true, from: at(-300), to: at(3000) });
  const leaf = (san: string, from: number, to: number) => {
    const issued = issue('echo-api.amazon.com', intermediate, { ca: false, san, from: at(from), to: at(to) });
    return { chain: issued.pem + intermediate.pem, keyPem: issued.keyPem };
  };
  const underIssuer = (issuer: Issued) => {
    const issued = issue('echo-api.amazon.com', issuer, { ca: false, san: 'echo-api.amazon.com', from: at(-10), to: at(30) });
    return { chain: issued.pem + issuer.pem + intermediate.pem, keyPem: issued.keyPem };
  };
  const endEntity = issue('Some Service', intermediate, { ca: false, keyUsage: 'none', from: at(-10), to: at(30) });
  const noCertSign = issue('Signing Only CA', intermediate, { ca: true, keyUsage: 'no-cert-sign', from: at(-10), to: at(30) });
  const self = issue('echo-api.amazon.com', undefined, { ca: false, san: 'echo-api.amazon.com', from: at(-1), to: at(30) });
  return {
    root: new X509Certificate(root.pem),
    good: leaf('echo-api.amazon.com', -10, 30),
    expired: leaf('echo-api.amazon.com', -60, -1),
    notYetValid: leaf('echo-api.amazon.com', 2, 60),
    wrongName: leaf('echo-api.example.com', -10, 30),
    selfSigned: { chain: self.pem, keyPem: self.keyPem },
    byEndEntity: underIssuer(endEntity),
    byNoCertSign: underIssuer(noCertSign),
    goodUntil: at(30),
  };
}

/** Signs exact bytes as Alexa does: base64 RSA-SHA256, for the Signature-256 header. */
export function signBody(body: string, keyPem: string): string {
  return createSign('sha256').update(body).sign(keyPem, 'base64');
}

/** PEM files for mutual TLS on loopback: a CA, a server certificate for localhost, and a client certificate. */
export interface TlsPair {
  readonly caPem: string;
  readonly server: { readonly pem: string; readonly keyPem: string };
  readonly client: { readonly pem: string; readonly keyPem: string };
  /** A client certificate from another CA, which the server must refuse. */
  readonly stranger: { readonly pem: string; readonly keyPem: string };
}

/** Makes a CA with a server and a client certificate, valid around `now`. */
export function makeTlsPair(now: Date): TlsPair {
  const day = 86_400_000;
  const at = (days: number) => new Date(now.getTime() + days * day);
  const ca = issue('Test Bank CA', undefined, { ca: true, from: at(-10), to: at(400) });
  const server = issue('localhost', ca, { ca: false, san: 'localhost', from: at(-1), to: at(30) });
  const client = issue('Voice Banking TPP', ca, { ca: false, from: at(-1), to: at(30) });
  const other = issue('Other CA', undefined, { ca: true, from: at(-10), to: at(400) });
  const stranger = issue('Stranger', other, { ca: false, from: at(-1), to: at(30) });
  return {
    caPem: ca.pem,
    server: { pem: server.pem, keyPem: server.keyPem },
    client: { pem: client.pem, keyPem: client.keyPem },
    stranger: { pem: stranger.pem, keyPem: stranger.keyPem },
  };
}
