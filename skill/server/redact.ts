/**
 * Redaction for recorded platform exchanges. Every identifier the platform fills from a real
 * person or device (user, device, session, request and application ids, person ids, consent
 * and API tokens) becomes a stable pseudonym; the account-linking token becomes
 * `redacted-token`. Pseudonyms are applied to the request and the response alike, so a
 * Dialogflow context name built from the session path still matches. A voice PIN (the `pin` slot
 * or parameter in every shape a platform sends it, and the words of a turn that carried one)
 * becomes the sandbox's default PIN, which the replay's demo customer has: a recording never
 * holds the PIN that was said. A platform may also hear a PIN as an amount or a number, which
 * only the dialog tells apart: so a turn that answers a question about the PIN, or is answered
 * with words about the PIN ("if that was your PIN, ..."), has every number in its slots and
 * parameters, and its words, recorded as the replay PIN too. Such a turn may then replay
 * differently from how it was recorded; the PIN never stays.
 */

/** Keys whose string values identify a person, a device or a conversation. */
const IDENTIFYING_KEYS = new Set(['userId', 'deviceId', 'sessionId', 'requestId', 'applicationId', 'responseId', 'personId', 'session', 'consentToken', 'apiAccessToken', 'idToken', 'conversationId']);

/**
 * The words of a turn, wherever a platform puts them: Dialogflow's `queryText`, CX's `text` and
 * `transcript`, and Google Assistant's raw inputs (`query`, `rawText`, `textValue`).
 */
const WORD_KEYS = new Set(['queryText', 'text', 'transcript', 'query', 'rawText', 'textValue']);

/** Where a request holds what was heard: Alexa's slots, Dialogflow's parameters, CX's intent and form. */
const HEARD_KEYS = new Set(['slots', 'parameters', 'intentInfo', 'formInfo', 'parameterInfo']);

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
    const pinSlot = inPinSlot || (v as { name?: unknown }).name === 'pin' || (v as { displayName?: unknown }).displayName === 'pin';
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

/** The words of a turn that carried a PIN (WORD_KEYS), which may spell it: the recorded PIN instead. */
function withoutWords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutWords);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, WORD_KEYS.has(key) && typeof v === 'string' ? RECORDED_PIN : withoutWords(v)]));
}

/** A value that may be digits of a PIN: a whole number of three digits or more, or a string of such digits (spaces and dashes between). */
const mayBeDigits = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 100) || (typeof v === 'string' && /^[\d\s-]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 3);

/** Every number heard in a turn's slots and parameters (where a PIN may arrive as an amount), and its words, as the recorded PIN. */
function withoutNumbersHeard(value: unknown, heard = false): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutNumbersHeard(v, heard));
  if (heard && mayBeDigits(value)) return typeof value === 'number' ? Number(RECORDED_PIN) : RECORDED_PIN;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, WORD_KEYS.has(key) && typeof v === 'string' ? RECORDED_PIN : withoutNumbersHeard(v, heard || HEARD_KEYS.has(key))]),
  );
}

/** Whether a response speaks of the PIN: it asks for it, or says a number may have been one. */
const speaksOfPin = (response: unknown) => /\bPIN\b/.test(JSON.stringify(response ?? ''));

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

  /** Whether the last response recorded spoke of the PIN: the next request may carry one as any number. */
  private pinAsked = false;

  /** Redacts a request and its response with the same pseudonyms. */
  redact(said: unknown, response: unknown): { request: unknown; response: unknown } {
    const aboutPin = this.pinAsked || speaksOfPin(response);
    this.pinAsked = speaksOfPin(response);
    const request = aboutPin ? withoutNumbersHeard(withoutPin(said).value) : withoutPin(said).value;
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
