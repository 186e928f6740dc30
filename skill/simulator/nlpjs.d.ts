/** The few NLP.js entry points the local understanding uses (the packages ship no types). */
declare module '@nlpjs/core' {
  /** NLP.js's dependency container. */
  export interface Container {
    use(plugin: unknown): void;
  }
  /** Creates a container with the default pipeline pieces. */
  export function containerBootstrap(): Promise<Container>;
}

declare module '@nlpjs/nlu' {
  import type { Container } from '@nlpjs/core';
  /** One intent's score. */
  export interface Classification {
    readonly intent: string;
    readonly score: number;
  }
  /** A neural intent classifier for one language. */
  export class NluNeural {
    constructor(settings: { locale: string; container: Container; log?: boolean });
    train(corpus: readonly { utterance: string; intent: string }[]): Promise<unknown>;
    process(utterance: string): Promise<{ classifications: Classification[] }>;
  }
}

declare module '@nlpjs/lang-en-min' {
  /** English tokenizer, normalizer and stemmer. */
  export const LangEn: unknown;
}

declare module '@nlpjs/lang-de' {
  /** German tokenizer, normalizer and stemmer. */
  export const LangDe: unknown;
}
