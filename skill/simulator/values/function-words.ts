/**
 * Words that never name anything on their own: articles, prepositions, pronouns and auxiliaries,
 * in English and German. A run of unknown words made only of these ("vom" in "vom ersten bis zum
 * fünfzehnten", "beim" before a category) is no value of a custom slot: Alexa fills a slot with
 * the words of a name, not with the small words around it. One set serves both languages, since
 * none of these is a name in either.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // English
  'a', 'an', 'the', 'at', 'on', 'in', 'into', 'to', 'from', 'for', 'of', 'by', 'with', 'about', 'before', 'after', 'since', 'until',
  'ago', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'me', 'i', 'you', 'we', 'it', 'this', 'that', 'these', 'those', 'and',
  'or', 'but', 'so', 'do', 'did', 'does', 'is', 'was', 'are', 'were', 'be', 'been', 'have', 'has', 'had', 'any', 'some',
  // German
  'vom', 'von', 'vor', 'beim', 'bei', 'am', 'im', 'um', 'auf', 'aus', 'für', 'mit', 'zu', 'zum', 'zur', 'nach', 'seit', 'bis',
  'über', 'unter', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'mein', 'meine', 'meinem',
  'meinen', 'meiner', 'ich', 'du', 'er', 'sie', 'es', 'wir', 'und', 'oder', 'aber', 'hab', 'habe', 'hat', 'hatte', 'ist', 'war',
  'noch', 'mal', 'schon', 'denn', 'doch',
]);

/** Whether every one of the words is a function word (and there is at least one). */
export function onlyFunctionWords(words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()));
}
