const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const SPECIAL = /[&<>"']/g;

/** Escapes plain text for use inside SSML, so nothing that came from data can add markup. */
export function escapeSsml(text: string): string {
  return text.replace(SPECIAL, (c) => ENTITIES[c] as string);
}

/** Wraps plain text as an SSML document. */
export function toSsml(text: string): string {
  return `<speak>${escapeSsml(text)}</speak>`;
}
