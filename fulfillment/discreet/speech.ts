/** The sentences of discreet mode, per locale. */
import type { Locale } from '../kit/locale';

/** Discreet mode's sentences in one locale. */
export interface DiscreetSpeech {
  discreetMode(state: 'on' | 'off', changed: boolean): string;
  /** Said in place of every sentence that would speak an amount while discreet mode is on. */
  discreetNotice(): string;
  /** Discreet mode left amounts out and sent the whole answer into the bank's app. */
  discreetSent(): string;
  /** Said before an answer whose question turned discreet mode on in passing ("be discreet, what's my balance"). */
  discreetInPassing(): string;
  /** Said after a history answer (transactions, a payment, a deposit) told only how many were found: the details are in the app. */
  detailsNotice(): string;
  /** As detailsNotice, when the answer was sent into the bank's app. */
  detailsSent(): string;
}

const ENGLISH: DiscreetSpeech = {
  discreetMode: (state, changed) =>
    state === 'on'
      ? `Discreet mode is ${changed ? 'now ' : ''}on: I won't say amounts or the details of your history aloud, and you'll find them in your bank's app. To hear them again, say turn off discreet mode.`
      : `Discreet mode is ${changed ? 'now ' : ''}off: I'll say amounts aloud. If others can hear, say turn on discreet mode.`,
  discreetNotice: () => "I've left the amounts out because discreet mode is on; you'll find them in your bank's app.",
  discreetSent: () => "I've left the amounts out because discreet mode is on, and sent the details to your bank's app.",
  discreetInPassing: () => "Okay, discreet mode is now on: I won't say amounts or the details of your history aloud. To hear them again, say turn off discreet mode.",
  detailsNotice: () => "I've left out the details because discreet mode is on; you'll find them in your bank's app.",
  detailsSent: () => "I've left out the details because discreet mode is on, and sent them to your bank's app.",
};

const GERMAN: DiscreetSpeech = {
  discreetMode: (state, changed) =>
    state === 'on'
      ? `Der diskrete Modus ist ${changed ? 'jetzt ' : ''}an: Ich sage keine Beträge und keine Einzelheiten deiner Umsätze laut, du findest sie in der App deiner Bank. Um sie wieder zu hören, sag diskreten Modus ausschalten.`
      : `Der diskrete Modus ist ${changed ? 'jetzt ' : ''}aus: Ich sage Beträge laut. Wenn andere mithören, sag diskreten Modus einschalten.`,
  discreetNotice: () => 'Die Beträge lasse ich weg, weil der diskrete Modus an ist; du findest sie in der App deiner Bank.',
  discreetSent: () => 'Die Beträge lasse ich weg, weil der diskrete Modus an ist, und habe dir die Einzelheiten in die App deiner Bank geschickt.',
  discreetInPassing: () => 'Okay, der diskrete Modus ist jetzt an: Ich sage keine Beträge und keine Einzelheiten deiner Umsätze laut. Um sie wieder zu hören, sag diskreten Modus ausschalten.',
  detailsNotice: () => 'Die Einzelheiten lasse ich weg, weil der diskrete Modus an ist; du findest sie in der App deiner Bank.',
  detailsSent: () => 'Die Einzelheiten lasse ich weg, weil der diskrete Modus an ist, und habe sie dir in die App deiner Bank geschickt.',
};

const CATALOGS: Readonly<Record<Locale, DiscreetSpeech>> = { 'en-US': ENGLISH, 'en-GB': ENGLISH, 'de-DE': GERMAN };

/** Discreet mode's sentences for a locale. */
export function discreetSpeech(locale: Locale): DiscreetSpeech {
  return CATALOGS[locale];
}
