/**
 * Utterances as text and slot references: "send {amount} dollars to {payee}". A reference may
 * name the word a Dialogflow training phrase shows in it ("what was my {latest=last} purchase"),
 * where the slot type's first word would not fit the sentence ("my last time purchase"); Alexa's
 * samples keep the bare reference.
 */

/** One piece of an utterance; a slot may carry the word its training phrase shows. */
export type Part = { readonly text: string } | { readonly slot: string; readonly shown?: string };

/** Splits an utterance into text and slot references. */
export function parseUtterance(utterance: string): Part[] {
  const parts: Part[] = [];
  const pattern = /\{([^{}=]*)(?:=([^{}]*))?\}/g;
  let last = 0;
  for (let m = pattern.exec(utterance); m; m = pattern.exec(utterance)) {
    if (m.index > last) parts.push({ text: utterance.slice(last, m.index) });
    parts.push({ slot: m[1] ?? '', ...(m[2] ? { shown: m[2] } : {}) });
    last = m.index + m[0].length;
  }
  if (last < utterance.length) parts.push({ text: utterance.slice(last) });
  return parts;
}
