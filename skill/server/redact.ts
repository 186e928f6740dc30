/**
 * Redaction for recorded platform exchanges. Every identifier the platform fills from a real
 * person or device (user, device, session, request and application ids, person ids, consent
 * and API tokens) becomes a stable pseudonym; the account-linking token becomes
 * `redacted-token`. Pseudonyms are applied to the request and the response alike, so a
 * Dialogflow context name built from the session path still matches.
 */

/** Keys whose string values identify a person, a device or a conversation. */
const IDENTIFYING_KEYS = new Set(['userId', 'deviceId', 'sessionId', 'requestId', 'applicationId', 'responseId', 'personId', 'session', 'consentToken', 'apiAccessToken', 'idToken']);

/** The token a recorded request carries in place of the real one. */
export const REDACTED_TOKEN = 'redacted-token';

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
  redact(request: unknown, response: unknown): { request: unknown; response: unknown } {
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
