/** Words of a text as the classifier sees them. */

/**
 * Lower case, accents and umlauts folded ("ü" -> "u", "ß" -> "ss"), apostrophes dropped, split on
 * anything that is not a letter or digit: "What's my Kontostand?" -> ["whats", "my", "kontostand"].
 */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The prefix of the words that stand for a slot value ("slotmoney", "slotaccounttype"). */
export const PLACEHOLDER_PREFIX = 'slot';

/** Tells whether a token stands for a slot value rather than a word said. */
export function isPlaceholder(token: string): boolean {
  return token.startsWith(PLACEHOLDER_PREFIX) && token.length > PLACEHOLDER_PREFIX.length;
}
