/** Utterances as text and slot references: "send {amount} dollars to {payee}". */

/** One piece of an utterance. */
export type Part = { readonly text: string } | { readonly slot: string };

/** Splits an utterance into text and slot references. */
export function parseUtterance(utterance: string): Part[] {
  const parts: Part[] = [];
  const pattern = /\{([^{}]*)\}/g;
  let last = 0;
  for (let m = pattern.exec(utterance); m; m = pattern.exec(utterance)) {
    if (m.index > last) parts.push({ text: utterance.slice(last, m.index) });
    parts.push({ slot: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < utterance.length) parts.push({ text: utterance.slice(last) });
  return parts;
}
