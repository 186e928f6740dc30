const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const SPECIAL = /[&<>"']/g;

/**
 * Control characters: C0 (tab, line feed and carriage return among them), DEL and C1. XML 1.0
 * forbids most of them, and a slot value or a bank's text may carry any; none is spoken.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;

/**
 * Escapes plain text for use inside SSML, so nothing that came from data can add markup;
 * control characters become a space, so words they separated stay apart.
 */
export function escapeSsml(text: string): string {
  return text.replace(CONTROL, ' ').replace(SPECIAL, (c) => ENTITIES[c] as string);
}

/** Wraps plain text as an SSML document. */
export function toSsml(text: string): string {
  return `<speak>${escapeSsml(text)}</speak>`;
}
