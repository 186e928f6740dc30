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

/** A Friday, 20 November 2026. */
const NOW = new Date('2026-11-20T15:30:00Z');

const after = (first: Turn): Conversation => {
  const conversation: Conversation = {};
  rememberQuestion(conversation, first);
  return conversation;
};

describe('followUpTurn', () => {
  const groceries = turn('Spending', { category: { value: 'groceries', id: 'groceries' }, period: { value: 'last month' } });

  it('changes the period and keeps the category', () => {
    const next = followUpTurn(turn('FollowUp', { period: { value: '2026-09' } }), after(groceries), NOW);
    expect(next.intent).toBe('Spending');
    expect(next.slots).toEqual({ category: { value: 'groceries', id: 'groceries' }, period: { value: '2026-09' } });
  });

  it('replaces a category with a merchant, and a period with a range', () => {
    const ranged = turn('Spending', { category: { value: 'groceries' }, period: { value: '2026-09-01' }, until: { value: '2026-09-10' } });
    expect(followUpTurn(turn('FollowUp', { merchant: { value: 'Starbucks' } }), after(ranged), NOW).slots).toEqual({
      merchant: { value: 'Starbucks' },
      period: { value: '2026-09-01' },
      until: { value: '2026-09-10' },
    });
    expect(followUpTurn(turn('FollowUp', { period: { value: 'last week' } }), after(ranged), NOW).slots).toEqual({ category: { value: 'groceries' }, period: { value: 'last week' } });
  });

  it('goes to the first question that takes what the follow-up names', () => {
    const balance = turn('Balance', { account: { value: 'checking', id: 'checking' } });
    expect(followUpTurn(turn('FollowUp', { account: { value: 'savings', id: 'savings' } }), after(balance), NOW)).toMatchObject({ intent: 'Balance', slots: { account: { id: 'savings' } } });
    const income = turn('Income', { period: { value: 'last month' } });
    expect(followUpTurn(turn('FollowUp', { category: { value: 'dining' } }), after(income), NOW)).toMatchObject({ intent: 'Spending', slots: { category: { value: 'dining' }, period: { value: 'last month' } } });
  });

  it('takes "and my savings?" with no question before it as the account named', () => {
    const savings = turn('FollowUp', { account: { value: 'savings', id: 'savings' } });
    expect(followUpTurn(savings, {}, NOW)).toMatchObject({ intent: 'ProvideAccount', slots: { account: { id: 'savings' } } });
  });

  it('leaves a follow-up alone when no question came before, and any other turn always', () => {
    const follow = turn('FollowUp', { period: { value: 'last week' } });
    expect(followUpTurn(follow, {}, NOW)).toBe(follow);
    const other = turn('Balance', {});
    expect(followUpTurn(other, after(groceries), NOW)).toBe(other);
  });

  it.each([
    ['last week (2026-W46, a Sunday-to-Saturday week in America)', '2026-W46', undefined, '2026-11-01/2026-11-07'],
    ['October', '2026-10', undefined, '2026-09'],
    ['yesterday', '2026-11-19', undefined, '2026-11-18'],
    ['a range of ten days', '2026-09-01', '2026-09-10', '2026-08-22/2026-08-31'],
    ['September and October', '2026-09-01', '2026-10-31', '2026-07-01/2026-08-31'],
    ['no period (this month)', undefined, undefined, '2026-10'],
  ])('asks "before that" after %s for the period just before it, as long', (_name, period, until, before) => {
    const slots: Turn['slots'] = { category: { value: 'dining' }, ...(period ? { period: { value: period } } : {}), ...(until ? { until: { value: until } } : {}) };
    // A platform may also have read a date of its own in the words: it is dropped.
    const earlier = turn('FollowUp', { earlier: { value: 'before that', id: 'before' }, period: { value: '2026-11-16' } });
    expect(followUpTurn(earlier, after(turn('Spending', slots)), NOW)).toEqual({ ...earlier, intent: 'Spending', slots: { category: { value: 'dining' }, period: { value: before } } });
  });

  it.each([
    ['the day before', 'day', '2026-10-31'],
    ['the week before', 'week', '2026-10-25/2026-10-31'],
    ['the month before', 'month', '2026-10'],
  ])('asks "%s" after a question about November for the %s before it starts', (words, id, before) => {
    const november = turn('Spending', { period: { value: '2026-11' } });
    expect(followUpTurn(turn('FollowUp', { earlier: { value: words, id } }), after(november), NOW).slots).toEqual({ period: { value: before } });
  });

  it('leaves "the week before" with no question before it to the follow-up handler', () => {
    const earlier = turn('FollowUp', { earlier: { value: 'the week before', id: 'week' } });
    expect(followUpTurn(earlier, {}, NOW)).toBe(earlier);
  });

  it('remembers only the words of the slots of questions a follow-up can change', () => {
    expect(after(turn('Transfer', { amount: { value: '50' }, payee: { value: 'Anna' } })).lastQuestion).toBeUndefined();
    const long = 'x'.repeat(200);
    expect(after(turn('Spending', { merchant: { value: long }, amount: { value: '50' } })).lastQuestion).toEqual({ intent: 'Spending', slots: { merchant: { value: 'x'.repeat(60) } } });
  });
});
