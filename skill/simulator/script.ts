/**
 * Conversation scripts: a plain-text format a product owner can read and write.
 *
 *     # What the script shows
 *     locale: en-GB
 *     token: demo-gb
 *     env: TRANSFER_STEP_UP=app
 *     U: what's my balance
 *     A: Your current account has £1,234.56...
 *     app: approve
 *     sent: 1
 *
 * `U:` is what the customer says, `A:` what the skill must answer; `...` in an answer stands
 * for any text. Header lines (`locale:`, `token:`, `env:` settings for the skill) come before
 * the first `U:`. Between turns, `app: approve` or `app: refuse` decides what waits in the
 * bank's app, as the customer would there, and `sent: N` checks that the bank holds exactly N
 * transfers of this customer's that were not cancelled or refused.
 */
import { LOCALES, type Locale } from '../../fulfillment/kit/locale';

/** One line said and the answer expected. */
export interface ScriptTurn {
  readonly user: string;
  readonly expected: string;
  readonly line: number;
}

/** Something done or checked at the bank between turns. */
export type ScriptBankStep =
  | { readonly app: 'approve' | 'refuse'; readonly line: number }
  | { readonly sent: number; readonly line: number };

/** A step of a script: a turn, or a step at the bank. */
export type ScriptStep = ScriptTurn | ScriptBankStep;

/** A parsed script. */
export interface ConversationScript {
  readonly title: string;
  readonly locale: Locale;
  readonly token?: string;
  /** Settings the skill runs with for this script (TRANSFER_STEP_UP=app...). */
  readonly env: Readonly<Record<string, string>>;
  /** The turns alone, in order. */
  readonly turns: readonly ScriptTurn[];
  /** Every step, turns and bank steps, in order. */
  readonly steps: readonly ScriptStep[];
}

/** Parses a script; a malformed one throws with the line number (scripts are source files). */
export function parseScript(source: string, name: string): ConversationScript {
  let title = name;
  let locale: Locale = 'en-US';
  let token: string | undefined;
  const env: Record<string, string> = {};
  const steps: ScriptStep[] = [];
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
      steps.push({ ...pending, expected: value });
      pending = undefined;
    } else if (key === 'app') {
      if (value !== 'approve' && value !== 'refuse') throw new Error(`${at}: app: takes approve or refuse`);
      steps.push({ app: value, line: index + 1 });
    } else if (key === 'sent') {
      if (!/^\d+$/.test(value)) throw new Error(`${at}: sent: takes a number of transfers`);
      steps.push({ sent: Number(value), line: index + 1 });
    } else if (key === 'env') {
      const [name, setting] = value.split('=').map((x) => x.trim());
      if (!name || setting === undefined || !/^[A-Z][A-Z0-9_]*$/.test(name)) throw new Error(`${at}: env: takes NAME=value`);
      env[name] = setting;
    } else if (key === 'locale') {
      const found = LOCALES.find((l) => l === value);
      if (!found) throw new Error(`${at}: unknown locale ${value}`);
      locale = found;
    } else if (key === 'token') token = value;
    else throw new Error(`${at}: expected "U:", "A:", "app:", "sent:", "locale:", "token:" or "env:"`);
  });
  if (pending) throw new Error(`${name}: the last U: has no A:`);
  const turns = steps.filter((s): s is ScriptTurn => 'user' in s);
  return { title, locale, ...(token ? { token } : {}), env, turns, steps };
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
