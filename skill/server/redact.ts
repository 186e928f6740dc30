/**
 * Redaction for recorded platform exchanges. Every identifier the platform fills from a real
 * person or device (user, device, session, request and application ids, person ids, consent
 * and API tokens) becomes a stable pseudonym; the account-linking token becomes
 * `redacted-token`. Pseudonyms are applied to the request and the response alike, so a
 * Dialogflow context name built from the session path still matches. A voice PIN (the `pin` slot
 * or parameter in every shape a platform sends it, and the words of a turn that carried one) becomes the sandbox's default PIN, which
 * the replay's demo customer has: a recording never holds the PIN that was said.
 */

/** Keys whose string values identify a person, a device or a conversation. */
const IDENTIFYING_KEYS = new Set(['userId', 'deviceId', 'sessionId', 'requestId', 'applicationId', 'responseId', 'personId', 'session', 'consentToken', 'apiAccessToken', 'idToken']);

/** The token a recorded request carries in place of the real one. */
export const REDACTED_TOKEN = 'redacted-token';

/** The PIN a recording holds in place of the one said: the sandbox's default, so the replay's PIN step passes. */
export const RECORDED_PIN = '1234';

/**
 * Keys that hold a PIN: the parameter, and Dialogflow ES's copy of the words it was heard from in
 * a context ("pin.original").
 */
const PIN_KEY = /^pin(?:\.original)?$/;

/** Inside a PIN's slot or object: Alexa's `value` (also in `slotValue`), Dialogflow CX's `originalValue` and `resolvedValue`. */
const PIN_VALUE_KEY = /^(?:value|originalValue|resolvedValue)$/;

/** The request with every PIN value replaced; whether there was one. */
function withoutPin(value: unknown): { value: unknown; had: boolean } {
  let had = false;
  const walk = (v: unknown, inPinSlot = false): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, inPinSlot));
    if (!v || typeof v !== 'object') return v;
    const pinSlot = inPinSlot || (v as { name?: unknown }).name === 'pin';
    return Object.fromEntries(
      Object.entries(v).map(([key, inner]) => {
        const holdsPin = PIN_KEY.test(key) || (pinSlot && PIN_VALUE_KEY.test(key));
        // A PIN's slot or object (Alexa's slots map, CX's intentInfo): its values are the PIN, its name stays.
        if (holdsPin && inner && typeof inner === 'object') return [key, walk(inner, true)];
        if (!holdsPin || (typeof inner !== 'string' && typeof inner !== 'number') || inner === '') return [key, walk(inner, pinSlot && key === 'slotValue')];
        had = true;
        return [key, typeof inner === 'number' ? Number(RECORDED_PIN) : RECORDED_PIN];
      }),
    );
  };
  const cleaned = walk(value);
  return { value: had ? withoutWords(cleaned) : cleaned, had };
}

/** The words of a turn that carried a PIN (Dialogflow's `queryText`, CX's `text`), which may spell it: the recorded PIN instead. */
function withoutWords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutWords);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, (key === 'queryText' || key === 'text') && typeof v === 'string' ? RECORDED_PIN : withoutWords(v)]));
}

/** Finds every identifying string in a JSON value, with its key. */
function collect(value: unknown, found: Map<string, string>): void {
  if (Array.isArray(value)) value.forEach((v) => collect(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && v && key === 'accessToken') found.set(v, REDACTED_TOKEN);
      else if (typeof v === 'string' && v && IDENTIFYING_KEYS.has(key) && !found.has(v)) found.set(v, pseudonym(key, v, found.size + 1));
      else collect(v, found);
    }
  }
}

function pseudonym(key: string, value: string, n: number): string {
  if (key === 'session' && value.startsWith('projects/')) return `projects/recorded/agent/sessions/session-${n}`;
  return `${key}-${n}`;
}

function replaceAll(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    let out = value;
    for (const [real, fake] of map) if (out.includes(real)) out = out.split(real).join(fake);
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => replaceAll(v, map));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceAll(v, map)]));
  return value;
}

/** Keeps pseudonyms stable across the exchanges of one recording. */
export class Redactor {
  private readonly map = new Map<string, string>();

  /** Redacts a request and its response with the same pseudonyms. */
  redact(said: unknown, response: unknown): { request: unknown; response: unknown } {
    const request = withoutPin(said).value;
    const found = new Map<string, string>();
    collect(request, found);
    for (const [real, fake] of found) if (!this.map.has(real)) this.map.set(real, fake === REDACTED_TOKEN ? fake : this.renumber(fake));
    const longestFirst = new Map([...this.map].sort((a, b) => b[0].length - a[0].length));
    return { request: replaceAll(request, longestFirst), response: replaceAll(response, longestFirst) };
  }

  private renumber(fake: string): string {
    return fake.replace(/\d+$/, String(this.map.size + 1));
  }
}
