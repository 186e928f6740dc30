/** Escapes plain text for use inside SSML, so nothing that came from data can add markup. */
export function escapeSsml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Wraps plain text as an SSML document. */
export function toSsml(text: string): string {
  return `<speak>${escapeSsml(text)}</speak>`;
}
