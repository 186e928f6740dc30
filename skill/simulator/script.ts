/**
 * Conversation scripts: a plain-text format a product owner can read and write.
 *
 *     # What the script shows
 *     locale: en-GB
 *     token: demo-gb
 *     U: what's my balance
 *     A: Your current account has £1,234.56...
 *
 * `U:` is what the customer says, `A:` what the skill must answer; `...` in an answer stands
 * for any text. Header lines come before the first `U:`.
 */
import { LOCALES, type Locale } from '../../fulfillment/kit/locale';

/** One line said and the answer expected. */
export interface ScriptTurn {
  readonly user: string;
  readonly expected: string;
  readonly line: number;
}

/** A parsed script. */
export interface ConversationScript {
  readonly title: string;
  readonly locale: Locale;
  readonly token?: string;
  readonly turns: readonly ScriptTurn[];
}

/** Parses a script; a malformed one throws with the line number (scripts are source files). */
export function parseScript(source: string, name: string): ConversationScript {
  let title = name;
  let locale: Locale = 'en-US';
  let token: string | undefined;
  const turns: ScriptTurn[] = [];
  let pending: { user: string; line: number } | undefined;
  source.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const at = `${name}:${index + 1}`;
    if (!line) return;
    if (line.startsWith('#')) {
      if (title === name) title = line.slice(1).trim();
      return;
    }
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon).trim() : '';
    const value = line.slice(colon + 1).trim();
    if (key === 'U') {
      if (pending) throw new Error(`${at}: two U: lines without an A: between them`);
      pending = { user: value, line: index + 1 };
    } else if (key === 'A') {
      if (!pending) throw new Error(`${at}: an A: line with no U: before it`);
      turns.push({ ...pending, expected: value });
      pending = undefined;
    } else if (key === 'locale') {
      const found = LOCALES.find((l) => l === value);
      if (!found) throw new Error(`${at}: unknown locale ${value}`);
      locale = found;
    } else if (key === 'token') token = value;
    else throw new Error(`${at}: expected "U:", "A:", "locale:" or "token:"`);
  });
  if (pending) throw new Error(`${name}: the last U: has no A:`);
  return { title, locale, ...(token ? { token } : {}), turns };
}

/** Collapses every kind of space (Intl puts a no-break space before €) into one plain space. */
function plainSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/** Tells whether a spoken answer matches an expected one, where `...` stands for any text. */
export function answerMatches(expectedText: string, spokenText: string): boolean {
  const expected = plainSpaces(expectedText);
  const spoken = plainSpaces(spokenText);
  const parts = expected.split('...');
  if (parts.length === 1) return spoken === expected;
  let at = 0;
  for (const [i, part] of parts.entries()) {
    const found = i === 0 ? (spoken.startsWith(part) ? 0 : -1) : spoken.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return parts[parts.length - 1] === '' || spoken.endsWith(parts[parts.length - 1] ?? '');
}
