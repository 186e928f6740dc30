/** A follow-up ("and in October?") is the last question asked again, with what it names changed. */
import { followUpTurn, rememberQuestion } from '../../fulfillment/insights/follow-up';
import type { Conversation } from '../../fulfillment/pipeline/conversation-state';
import type { Turn } from '../../fulfillment/pipeline/turn';

const turn = (intent: Turn['intent'], slots: Turn['slots']): Turn => ({
  platform: 'alexa',
  locale: 'en-US',
  requestId: 'r',
  sessionKey: 's',
  intent,
  slots,
  channel: 'voice',
});

const after = (first: Turn): Conversation => {
  const conversation: Conversation = {};
  rememberQuestion(conversation, first);
  return conversation;
};

describe('followUpTurn', () => {
  const groceries = turn('Spending', { category: { value: 'groceries', id: 'groceries' }, period: { value: 'last month' } });

  it('changes the period and keeps the category', () => {
    const next = followUpTurn(turn('FollowUp', { period: { value: '2026-09' } }), after(groceries));
    expect(next.intent).toBe('Spending');
    expect(next.slots).toEqual({ category: { value: 'groceries', id: 'groceries' }, period: { value: '2026-09' } });
  });

  it('replaces a category with a merchant, and a period with a range', () => {
    const ranged = turn('Spending', { category: { value: 'groceries' }, period: { value: '2026-09-01' }, until: { value: '2026-09-10' } });
    expect(followUpTurn(turn('FollowUp', { merchant: { value: 'Starbucks' } }), after(ranged)).slots).toEqual({
      merchant: { value: 'Starbucks' },
      period: { value: '2026-09-01' },
      until: { value: '2026-09-10' },
    });
    expect(followUpTurn(turn('FollowUp', { period: { value: 'last week' } }), after(ranged)).slots).toEqual({ category: { value: 'groceries' }, period: { value: 'last week' } });
  });

  it('goes to the first question that takes what the follow-up names', () => {
    const balance = turn('Balance', { account: { value: 'checking', id: 'checking' } });
    expect(followUpTurn(turn('FollowUp', { account: { value: 'savings', id: 'savings' } }), after(balance))).toMatchObject({ intent: 'Balance', slots: { account: { id: 'savings' } } });
    const income = turn('Income', { period: { value: 'last month' } });
    expect(followUpTurn(turn('FollowUp', { category: { value: 'dining' } }), after(income))).toMatchObject({ intent: 'Spending', slots: { category: { value: 'dining' }, period: { value: 'last month' } } });
  });

  it('takes "and my savings?" with no question before it as the account named', () => {
    const savings = turn('FollowUp', { account: { value: 'savings', id: 'savings' } });
    expect(followUpTurn(savings, {})).toMatchObject({ intent: 'ProvideAccount', slots: { account: { id: 'savings' } } });
  });

  it('leaves a follow-up alone when no question came before, and any other turn always', () => {
    const follow = turn('FollowUp', { period: { value: 'last week' } });
    expect(followUpTurn(follow, {})).toBe(follow);
    const other = turn('Balance', {});
    expect(followUpTurn(other, after(groceries))).toBe(other);
  });

  it('remembers only the words of the slots of questions a follow-up can change', () => {
    expect(after(turn('Transfer', { amount: { value: '50' }, payee: { value: 'Anna' } })).lastQuestion).toBeUndefined();
    const long = 'x'.repeat(200);
    expect(after(turn('Spending', { merchant: { value: long }, amount: { value: '50' } })).lastQuestion).toEqual({ intent: 'Spending', slots: { merchant: { value: 'x'.repeat(60) } } });
  });
});
