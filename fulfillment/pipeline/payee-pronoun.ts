/**
 * "Give her fifty", "schick ihm zwanzig": a pronoun where a payee's name goes points at someone
 * already named, never at a payee of that name. Alexa fills an open payee slot with whatever
 * stands there, so the words are read here, before any handler or flow sees the turn.
 */
import type { Locale } from '../kit/locale';
import type { Conversation } from './conversation-state';
import { isHeard, type Turn } from './turn';

/**
 * "Her", "ihm": the pronouns a question about a payee may name them by ("how much did I send her
 * last time?"), compiled into the interaction model as a slot type of their own, since a
 * Dialogflow payee entity never holds them.
 */
export const PAYEE_PRONOUN_WORDS: Readonly<Record<Locale, Readonly<Record<'pronoun', readonly string[]>>>> = {
  'en-US': { pronoun: ['her', 'him', 'them'] },
  'en-GB': { pronoun: ['her', 'him', 'them'] },
  'de-DE': { pronoun: ['ihr', 'ihm', 'ihn', 'ihnen'] },
};

const ENGLISH = ['her', 'him', 'them', 'she', 'he', 'they'];

const PRONOUNS: Readonly<Record<Locale, ReadonlySet<string>>> = {
  'en-US': new Set(ENGLISH),
  'en-GB': new Set(ENGLISH),
  'de-DE': new Set(['ihr', 'ihm', 'ihn', 'sie', 'ihnen', 'er']),
};

/** Whether words said for a payee are only a pronoun. */
export function isPronoun(said: string, locale: Locale): boolean {
  return PRONOUNS[locale].has(said.trim().toLowerCase().replace(/[.,!?]/g, ''));
}

/**
 * Whether the turn asks about the payee of the transfer being prepared by a pronoun ("how much did
 * I send her last time?" in the middle of it): the caller then looks up that payee's name.
 */
export function asksAboutWaitingPayee(turn: Turn, conversation: Conversation): boolean {
  return turn.intent === 'Spending' && conversation.awaiting?.kind === 'transfer' && saysPronoun(turn);
}

/**
 * Whether the turn names someone by a pronoun ("send her another ten", "how much did I send
 * him?", "did she get it?") with no transfer being prepared and no payee in the last question:
 * "her" is then the payee of the transfer just made, which the caller looks up.
 */
export function pointsAtLastPayee(turn: Turn, conversation: Conversation): boolean {
  return conversation.awaiting?.kind !== 'transfer' && !conversation.lastQuestion?.slots.payee && saysPronoun(turn);
}

/**
 * Whether the turn names the payee by a pronoun: in the pronoun's own slot, or in the payee's (Alexa
 * fills an open slot with whatever stands there). A name said in the same turn wins: in "send Maria
 * twenty for her birthday" or "pay Bob back the twenty I owe him" the pronoun is that person.
 */
function saysPronoun(turn: Turn): boolean {
  const said = turn.slots.payee;
  if (isHeard(said)) return isPronoun(said.value, turn.locale);
  return isHeard(turn.slots.pronoun);
}

/**
 * The turn with a payee said as a pronoun read as the person meant: in a transfer being prepared,
 * its payee (the slot is dropped, the draft keeps who it is; a question about that payee gets
 * `namedPayee`, the name the caller looked up); otherwise the payee of the last question ("how
 * much did I send to Bob?", then "send him twenty"), or the payee of the transfer just made
 * (`namedPayee` again); with none of these, nobody yet.
 */
export function pronounResolved(turn: Turn, conversation: Conversation, namedPayee?: string): Turn {
  if (!saysPronoun(turn)) return turn;
  const slots = { ...turn.slots, payee: undefined, pronoun: undefined };
  const inTransfer = conversation.awaiting?.kind === 'transfer';
  const looked = namedPayee ? { value: namedPayee } : undefined;
  const last = inTransfer ? (asksAboutWaitingPayee(turn, conversation) ? looked : undefined) : (conversation.lastQuestion?.slots.payee ?? (pointsAtLastPayee(turn, conversation) ? looked : undefined));
  return { ...turn, slots: last ? { ...slots, payee: last } : slots };
}
