/**
 * Record mode for a developer with access to a bank's sandbox: every exchange with the Berlin
 * Group bank is appended to a JSON-lines file, which test/support/bank-recording.ts replays
 * with nock. Headers are never written (they hold the OAuth token and the Consent-ID); the
 * consent id, every IBAN (also written in groups, in free text), every BBAN, PAN or phone number
 * a body names, every other account or card number (eight digits and more, in groups too) and the
 * bank's account ids (`resourceId`, in bodies, paths and links) become stable pseudonyms. Record
 * only against a sandbox: names and amounts are kept as the bank sent them.
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

/**
 * An IBAN, written whole or in groups of four with spaces or dashes ("DE02 1203 0000 0000 2020
 * 51"), also glued to other text ("REF/DE89…_X"): two letters and two digits start it.
 */
const IBAN = /[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?(?![A-Z0-9])/g;
/** A domestic account number or a card number: eight digits and more, maybe in groups ("4111-1111-1111-1111"). */
const LONG_NUMBER = /(?<!\d)\d(?:[ -]?\d){7,}(?!\d)/g;
/** A date or the date of a time, which has the shape of a number in groups but is none. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The bank's id of an account, as a body names it, or as a link's path does. */
const RESOURCE_IDS = [/"resourceId"\s*:\s*"([^"]+)"/g, /\/accounts\/([^/?"#\s]+)/g];
/** Keys whose value is an account or card number in whatever format the bank writes it (a BBAN may hold letters). */
const NUMBER_KEYS = /"(bban|pan|maskedPan|msisdn)"\s*:\s*"([^"]+)"/g;

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
  const numbers = new Map<string, string>();
  const resources = new Map<string, string>();
  const redact = (text: string): string => {
    for (const pattern of RESOURCE_IDS) for (const [, id] of text.matchAll(pattern)) if (id && !id.startsWith('recorded-account-') && !resources.has(id)) resources.set(id, `recorded-account-${resources.size + 1}`);
    for (const [, key, value] of text.matchAll(NUMBER_KEYS)) if (value && !resources.has(value)) resources.set(value, `recorded-${key}-${resources.size + 1}`);
    let out = text;
    // The consent ids first: one may hold digits the patterns below would take for a number.
    for (const [i, id] of consentIds.entries()) out = out.split(id).join(`recorded-consent-${i + 1}`);
    // Longest first, so that an id inside another is never half replaced.
    for (const [id, fake] of [...resources].sort((a, b) => b[0].length - a[0].length)) out = out.split(id).join(fake);
    out = out.replace(IBAN, (said) => {
      const iban = said.replace(/[ -]/g, '');
      const known = ibans.get(iban) ?? `XX00RECORDED${String(ibans.size + 1).padStart(10, '0')}`;
      ibans.set(iban, known);
      return known;
    });
    out = out.replace(LONG_NUMBER, (said) => {
      if (DATE.test(said)) return said;
      const digits = said.replace(/[ -]/g, '');
      const known = numbers.get(digits) ?? String(numbers.size + 1).padStart(digits.length, '0');
      numbers.set(digits, known);
      return known;
    });
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
