/**
 * "Was that the wrong Anna?", "did I just send that to the wrong person?", "war das der falsche
 * Empfänger?": a mistake asked about, where "that was the wrong person" says one. Right after a
 * transfer the question is whether to cancel it, asked first, never a cancel at once. Per locale,
 * compiled into the interaction model as a slot type of its own (CancelTransfer's `asked`), so
 * the words lead no platform to a payee or an account.
 */
import type { Locale } from '../kit/locale';

// Whole lead-ins, never "did i" or "war das" alone: those open other questions too ("who did I last
// send money to?", "wie viel war das?"), which a platform would then hear through this type.
const ENGLISH = [
  'was that the wrong', 'was it the wrong', 'is that the wrong', 'did that go to the wrong', 'did i just send', 'did i send that', 'did i send it',
  'have i just sent', "i hope that wasn't", 'i hope that was not', "hopefully that wasn't", 'hopefully that was not',
];

/** One value: the mistake is asked about, not said. */
export const MISTAKE_ASKED_WORDS: Readonly<Record<Locale, Readonly<Record<'asked', readonly string[]>>>> = {
  'en-US': { asked: ENGLISH },
  'en-GB': { asked: ENGLISH },
  'de-DE': {
    asked: ['war das der falsche', 'war das die falsche', 'war das das falsche', 'war das ein fehler', 'habe ich das falsch', 'hab ich das falsch', 'hoffentlich war das nicht', 'ging das an den falschen', 'ging das an die falsche'],
  },
};
