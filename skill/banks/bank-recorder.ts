/**
 * Record mode for a developer with access to a bank's sandbox: every exchange with the Berlin
 * Group bank is appended to a JSON-lines file, which test/support/bank-recording.ts replays
 * with nock. Headers are never written (they hold the OAuth token and the Consent-ID); the
 * consent id in paths and every IBAN become stable pseudonyms. Record only against a sandbox:
 * names and amounts are kept as the bank sent them.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** One recorded exchange. */
export interface RecordedExchange {
  readonly method: string;
  /** Path and query, under the bank's origin. */
  readonly path: string;
  readonly requestBody?: unknown;
  readonly status: number;
  readonly responseBody: unknown;
}

const IBAN = /\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b/g;

function parsed(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** A fetch that records each exchange into `dir/berlin-group.jsonl`, redacted as described above. */
export function recordingFetch(dir: string, consentIds: readonly string[], inner: typeof fetch = fetch): typeof fetch {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'berlin-group.jsonl');
  const ibans = new Map<string, string>();
  const redact = (text: string): string => {
    let out = text.replace(IBAN, (iban) => {
      const known = ibans.get(iban) ?? `XX00RECORDED${String(ibans.size + 1).padStart(10, '0')}`;
      ibans.set(iban, known);
      return known;
    });
    for (const [i, id] of consentIds.entries()) out = out.split(id).join(`recorded-consent-${i + 1}`);
    return out;
  };
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const response = await inner(input, init);
    const body = await response.clone().text();
    const requestText = typeof init?.body === 'string' ? init.body : '';
    const exchange: RecordedExchange = {
      method: init?.method ?? 'GET',
      path: redact(`${url.pathname}${url.search}`),
      ...(requestText ? { requestBody: parsed(redact(requestText)) } : {}),
      status: response.status,
      responseBody: parsed(redact(body)),
    };
    appendFileSync(file, `${JSON.stringify(exchange)}\n`);
    return response;
  };
}
