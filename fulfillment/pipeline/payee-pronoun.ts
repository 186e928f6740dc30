/**
 * "Give her fifty", "schick ihm zwanzig": a pronoun where a payee's name goes points at someone
 * already named, never at a payee of that name. Alexa fills an open payee slot with whatever
 * stands there, so the words are read here, before any handler or flow sees the turn.
 */
import type { Locale } from '../kit/locale';
import type { Conversation } from './conversation-state';
import { isHeard, type Turn } from './turn';

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
 * The turn with a payee said as a pronoun read as the person meant: in a transfer being prepared,
 * its payee (the slot is dropped, the draft keeps who it is); otherwise the payee of the last
 * question ("how much did I send to Bob?", then "send him twenty"); with neither, nobody yet.
 */
export function pronounResolved(turn: Turn, conversation: Conversation): Turn {
  const said = turn.slots.payee;
  if (!isHeard(said) || !isPronoun(said.value, turn.locale)) return turn;
  const slots = { ...turn.slots, payee: undefined };
  const last = conversation.awaiting?.kind === 'transfer' ? undefined : conversation.lastQuestion?.slots.payee;
  return { ...turn, slots: last ? { ...slots, payee: last } : slots };
}
