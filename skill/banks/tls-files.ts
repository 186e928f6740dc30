/**
 * The PEM files of mutual TLS with a bank, checked when the settings are read: a missing file,
 * one that holds no certificate or key, or a key that does not belong to the certificate stops
 * start-up with the setting's name. Found only at the first call, each would sound to the
 * customer like a bank that does not answer, and to the operator like an outage.
 */
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { errorReason } from '../../fulfillment/kit/error-reason';

/** A setting's problem: its name and what is wrong. */
export interface TlsFileProblem {
  readonly setting: 'BG_CLIENT_CERT' | 'BG_CLIENT_KEY' | 'BG_CA';
  readonly message: string;
}

function read(file: string): Buffer | string {
  try {
    return readFileSync(file);
  } catch (error) {
    return `cannot read ${file} (${errorReason(error) ?? 'unknown error'})`;
  }
}

function certificate(file: string): X509Certificate | string {
  const pem = read(file);
  if (typeof pem === 'string') return pem;
  try {
    return new X509Certificate(pem);
  } catch {
    return `${file} holds no PEM certificate`;
  }
}

function privateKey(file: string): KeyObject | string {
  const pem = read(file);
  if (typeof pem === 'string') return pem;
  try {
    return createPrivateKey(pem);
  } catch {
    return `${file} holds no PEM private key`;
  }
}

/** Every problem with the client certificate, its key and the bank's CA, as far as they are given. */
export function tlsFileProblems(files: { cert?: string | undefined; key?: string | undefined; ca?: string | undefined }): TlsFileProblem[] {
  const problems: TlsFileProblem[] = [];
  const cert = files.cert ? certificate(files.cert) : undefined;
  const key = files.key ? privateKey(files.key) : undefined;
  if (typeof cert === 'string') problems.push({ setting: 'BG_CLIENT_CERT', message: cert });
  if (typeof key === 'string') problems.push({ setting: 'BG_CLIENT_KEY', message: key });
  if (cert && key && typeof cert !== 'string' && typeof key !== 'string' && !cert.checkPrivateKey(key)) {
    problems.push({ setting: 'BG_CLIENT_KEY', message: `${files.key} is not the key of the certificate in ${files.cert}` });
  }
  const ca = files.ca ? certificate(files.ca) : undefined;
  if (typeof ca === 'string') problems.push({ setting: 'BG_CA', message: ca });
  return problems;
}
