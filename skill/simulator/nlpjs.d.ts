/** The NLP.js stemmers the classifier uses (the packages ship no types). */
declare module '@nlpjs/lang-en-min' {
  /** English Snowball-style stemmer. */
  export class StemmerEn {
    stemWord(word: string): string;
  }
}

declare module '@nlpjs/lang-de' {
  /** German Snowball-style stemmer. */
  export class StemmerDe {
    stemWord(word: string): string;
  }
}
