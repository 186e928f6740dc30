/**
 * Client certificates for a bank that requires mutual TLS (eIDAS QWAC under PSD2): a fetch whose
 * connections present the configured certificate and key, and trust the bank's CA where one is
 * given. undici's Agent is what Node's own fetch dispatches through.
 */
import { readFileSync } from 'node:fs';
import { Agent } from 'undici';

/** Paths of the PEM files. */
export interface ClientTls {
  readonly certFile: string;
  readonly keyFile: string;
  /** The bank's CA, when it is not one Node already trusts. */
  readonly caFile?: string;
}

/** A fetch presenting the client certificate on every connection to the bank. */
export function mutualTlsFetch(tls: ClientTls): typeof fetch {
  const agent = new Agent({
    connect: {
      cert: readFileSync(tls.certFile),
      key: readFileSync(tls.keyFile),
      ...(tls.caFile ? { ca: readFileSync(tls.caFile) } : {}),
    },
  });
  return (input, init) => fetch(input, { ...init, dispatcher: agent });
}
