/**
 * Finds the payees a customer meant by the name they said. Fuzzy matching (fuse.js) catches
 * misheard spellings; phonetic matching (double metaphone, from talisman) catches names that
 * sound alike ("Ana", "Anne" -> Anna). Both are well-kept libraries; only the combination
 * rule below is ours: every word the customer said must match a word of the payee's name,
 * and the payees that match the most words win. Several winners are returned as they are: the
 * caller asks which one and never picks silently.
 */
import Fuse from 'fuse.js';
import doubleMetaphoneModule from 'talisman/phonetics/double-metaphone';
import type { Payee } from '../banks/bank-types';

type Codes = (word: string) => [string, string];
const doubleMetaphone: Codes =
  (doubleMetaphoneModule as unknown as { default?: Codes }).default ?? (doubleMetaphoneModule as unknown as Codes);

/**
 * Words said around a name that are not part of it: small words, a title ("Mrs Garcia", "Herrn
 * Weber") and whose account it is ("Bob Carter's account", "Jonas' Konto").
 */
const NOT_A_NAME = new Set([
  'to', 'my', 'an', 'and', 'the', 'a', 'please', 'nach', 'zu', 'dem', 'den', 'der', 'die', 'das', 'einem', 'einer', 'meinem', 'meiner',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'herr', 'herrn', 'frau', 'account', 'konto',
]);

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/'s?$/, ''))
    .filter((w) => w.length > 0 && !NOT_A_NAME.has(w));

function soundsAlike(a: string, b: string): boolean {
  const [a1, a2] = doubleMetaphone(a);
  const [b1, b2] = doubleMetaphone(b);
  return a1.length > 0 && (a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2);
}

function wordMatches(heard: string, name: string): boolean {
  if (heard === name) return true;
  // Sound alone over-matches ("Zed" and "City" share a code), so the first letter must agree too.
  if (heard[0] === name[0] && soundsAlike(heard, name)) return true;
  // A misheard spelling keeps about the name's length: a short word found inside a longer name
  // ("Ende" in "Schneider") is another word.
  if (Math.abs(heard.length - name.length) > 2) return false;
  const fuse = new Fuse([name], { includeScore: true, threshold: 0.25, ignoreLocation: true });
  return fuse.search(heard).length > 0;
}

/** Whether words said for a payee hold a name at all: "dem" of "schick dem ersten zehn Euro" does not. */
export function holdsAName(heard: string): boolean {
  return words(heard).length > 0;
}

/** The payees whose names best match what was heard: none, one, or several to choose from. */
export function matchPayees(heard: string, payees: readonly Payee[]): Payee[] {
  const said = words(heard);
  if (said.length === 0) return [];
  const exact = payees.filter((p) => words(p.name).join(' ') === said.join(' '));
  if (exact.length > 0) return exact;
  const scored = payees.map((payee) => {
    const nameWords = words(payee.name);
    const matched = said.filter((w) => nameWords.some((n) => wordMatches(w, n))).length;
    return { payee, matched };
  });
  const full = scored.filter((s) => s.matched === said.length);
  if (full.length > 0) return full.map((s) => s.payee);
  // Nothing matched every word: fall back to fuzzy matching of the whole name.
  // Only words that could be most of a name: "Ende" is no "Anna Schneider".
  const whole = said.join(' ');
  const fuse = new Fuse([...payees], { keys: ['name'], threshold: 0.3, ignoreLocation: true });
  return fuse
    .search(whole)
    .map((r) => r.item)
    .filter((p) => whole.length >= 0.6 * words(p.name).join(' ').length);
}

/** The words several payees' names begin with in common ("Anna"), or undefined when none. */
export function sharedName(names: readonly string[]): string | undefined {
  const split = names.map((n) => n.split(/\s+/));
  const first = split[0] ?? [];
  let length = 0;
  while (length < first.length && split.every((words) => words[length]?.toLowerCase() === first[length]?.toLowerCase())) length += 1;
  return length > 0 ? first.slice(0, length).join(' ') : undefined;
}
