/** A pronoun where a payee's name goes ("give her fifty") is the person already named, never a payee of that name. */
import { rememberQuestion } from '../../fulfillment/insights/follow-up';
import type { Conversation } from '../../fulfillment/pipeline/conversation-state';
import { isPronoun, pronounResolved } from '../../fulfillment/pipeline/payee-pronoun';
import type { Turn } from '../../fulfillment/pipeline/turn';

const turn = (intent: Turn['intent'], slots: Turn['slots'], locale: Turn['locale'] = 'en-US'): Turn => ({
  platform: 'alexa',
  locale,
  requestId: 'r',
  sessionKey: 's',
  intent,
  slots,
  channel: 'voice',
});

const giveHer = turn('Transfer', { amount: { value: '50' }, payee: { value: 'her' } });

describe('pronounResolved', () => {
  it('drops the pronoun while a transfer waits: the draft keeps its payee', () => {
    const conversation: Conversation = { awaiting: { kind: 'transfer', draftId: 'd' } } as Conversation;
    const read = pronounResolved(giveHer, conversation);
    expect(read.slots.payee).toBeUndefined();
    expect(read.slots.amount?.value).toBe('50');
  });

  it('takes the payee of the last question when no transfer waits', () => {
    const conversation: Conversation = {};
    rememberQuestion(conversation, turn('Spending', { payee: { value: 'bob', id: 'payee-3' } }));
    expect(pronounResolved(giveHer, conversation).slots.payee).toEqual({ value: 'bob', id: 'payee-3' });
  });

  it('leaves nobody named when nobody was', () => {
    expect(pronounResolved(giveHer, {}).slots.payee).toBeUndefined();
  });

  it('keeps a payee named by name', () => {
    const bob = turn('Transfer', { payee: { value: 'Bob' } });
    expect(pronounResolved(bob, {})).toBe(bob);
  });

  it('knows the pronouns of each locale, and no names', () => {
    expect(['her', 'Him', 'them.'].every((w) => isPronoun(w, 'en-GB'))).toBe(true);
    expect(['ihm', 'ihr', 'Sie'].every((w) => isPronoun(w, 'de-DE'))).toBe(true);
    expect(['anna', 'herb', 'ihmels', 'ihm'].filter((w) => isPronoun(w, 'en-US'))).toEqual([]);
  });
});
