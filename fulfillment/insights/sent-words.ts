/**
 * "What transfers did I make this week?", "an wen habe ich Geld überwiesen?": the words that turn a
 * transactions question into one about the money the customer sent, per locale. Matched against
 * heard slot text and compiled into the interaction model as a slot type of its own.
 */
import type { Locale } from '../kit/locale';

const ENGLISH = ['transfers', 'transfer', 'transfers i made', 'transfers i sent', 'money i sent', 'payments i sent', 'outgoing transfers', 'send money', 'sent money', 'sent', 'transferred'];

/** One value: sent. */
export const SENT_WORDS: Readonly<Record<Locale, Readonly<Record<'sent', readonly string[]>>>> = {
  'en-US': { sent: ENGLISH },
  'en-GB': { sent: ENGLISH },
  // "Überweisung" alone stays out: "meine letzte Überweisung" asks about the last one, not a list.
  'de-DE': { sent: ['überweisungen', 'geld überwiesen', 'geld geschickt', 'ausgehende überweisungen', 'überwiesen'] },
};
