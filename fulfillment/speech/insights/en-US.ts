import type { AccountKind, Transaction } from '../../banks/bank-types';
import type { PeriodName } from '../../insights/period';
import type { Locale } from '../../locale';
import { absolute, formatMoney, type Money } from '../../money';
import { joinAnd, joinOr } from '../lists';
import type { InsightsSpeech, SpokenCard } from './catalog';
import { CATEGORY_IDS, categoryName } from './category-words';
import { relativeDay, spokenDay, spokenMonth } from './dates';

/** Words that differ between American and British English. */
export interface EnglishInsightWords {
  readonly accounts: Readonly<Record<AccountKind, string>>;
}

const US_WORDS: EnglishInsightWords = {
  accounts: { checking: 'checking account', savings: 'savings account', 'credit-card': 'credit card' },
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Builds the English sentences; en-GB differs in words and in how dates and money are written. */
export function englishInsights(locale: Extract<Locale, `en-${string}`>, words: EnglishInsightWords): InsightsSpeech {
  const m = (amount: Money) => formatMoney(amount, locale);
  const amounts = (totals: readonly Money[]) => joinAnd(totals.map(m), locale);
  const day = (iso: string, today: string) => {
    const relative = relativeDay(iso, today);
    return relative === 'other' ? spokenDay(iso, locale) : relative;
  };
  const onDay = (iso: string, today: string) => (relativeDay(iso, today) === 'other' ? `on ${day(iso, today)}` : day(iso, today));
  const card = (c: SpokenCard) => `your ${c.kind} card ending in ${c.last4}`;
  const cards = (list: readonly SpokenCard[]) => joinAnd(list.map(card), locale);
  const period = (p: PeriodName): string => {
    switch (p.kind) {
      case 'today':
      case 'yesterday':
        return p.kind;
      case 'this-week':
      case 'last-week':
      case 'this-month':
      case 'last-month':
        return p.kind.replace('-', ' ');
      case 'day':
        return `on ${spokenDay(p.date, locale)}`;
      case 'month':
        return `in ${spokenMonth(p.month, locale, !p.sameYear)}`;
      case 'range':
        return `between ${spokenDay(p.from, locale)} and ${spokenDay(p.to, locale)}`;
    }
  };
  const item = (t: Transaction, today: string) => {
    const out = t.amount.minor < 0;
    const what = t.merchant ? `${m(absolute(t.amount))} ${out ? 'at' : 'in from'} ${t.merchant}` : `${m(absolute(t.amount))}${out ? '' : ' in'}, ${t.description}`;
    return `${day(t.date, today)}, ${t.status === 'pending' ? 'pending, ' : ''}${what}`;
  };
  const plural = (n: number, one: string, many: string) => `${n === 1 ? 'one' : n} ${n === 1 ? one : many}`;

  return {
    recentTransactions: (account, items, today) =>
      `${account ? `Here are the latest transactions on your ${words.accounts[account]}` : 'Here are the next ones'}: ${items.map((t) => item(t, today)).join('; ')}.`,
    moreQuestion: () => 'Would you like to hear more?',
    noTransactions: () => "I don't see any transactions on that account yet.",
    noMoreTransactions: () => "That's all the transactions I can see.",
    nothingMoreToRead: () => "There's nothing more to read right now. You can ask for your latest transactions.",
    spending: (a) => {
      const where = `${a.category ? ` on ${categoryName(a.category, locale)}` : ''}${a.merchant ? ` at ${a.merchant}` : ''}`;
      return a.count === 0 || a.totals.length === 0
        ? `You didn't spend anything${where} ${period(a.period)}.`
        : `You spent ${amounts(a.totals)}${where} ${period(a.period)}, in ${plural(a.count, 'payment', 'payments')}.`;
    },
    unknownCategory: (heard) =>
      `I don't know the category ${heard}. You can ask about ${joinOr(CATEGORY_IDS.slice(0, 5).map((c) => categoryName(c, locale)), locale)}.`,
    periodNotUnderstood: () => "Sorry, I didn't catch the dates. You can say things like last month, this week, or in October.",
    lastDeposit: (t, today) =>
      `Your last deposit was ${m(absolute(t.amount))} from ${t.merchant ?? t.description}, ${onDay(t.date, today)}${t.status === 'pending' ? ', and it is still pending' : ''}.`,
    income: (totals, count, p) => `You received ${amounts(totals)} ${period(p)}, in ${plural(count, 'deposit', 'deposits')}.`,
    noIncome: (p) => (p ? `I don't see any deposits ${period(p)}.` : "I don't see any deposits in your recent history."),
    statement: (s, detail, today) => {
      const name = s.card.named ? `your credit card ending in ${s.card.last4}` : 'your credit card';
      const due = `on ${spokenDay(s.dueDate, locale)}`;
      switch (detail) {
        case 'statement-balance':
          return `${capitalise(name)} statement balance is ${m(s.statementBalance)}.`;
        case 'minimum-payment':
          return `The minimum payment on ${name} is ${m(s.minimumPayment)}. It's due ${due}.`;
        case 'due-date':
          return `The payment on ${name} is due ${relativeDay(s.dueDate, today) === 'today' ? 'today' : due}.`;
        case 'available-credit':
          return `You have ${m(s.availableCredit)} of available credit on ${name}. Your credit limit is ${m(s.creditLimit)}.`;
        case undefined:
          return `${capitalise(name)} statement balance is ${m(s.statementBalance)}, with a minimum payment of ${m(s.minimumPayment)}. The payment is due ${due}. You have ${m(s.availableCredit)} of available credit.`;
      }
    },
    noCreditCard: () => "You don't have a credit card with this bank.",
    confirmCardChange: (list, lock) =>
      `Do you want me to ${lock ? 'lock' : 'unlock'} ${cards(list)}? Please say yes or no.`,
    cardsChanged: (list, lock) =>
      `Done. ${capitalise(cards(list))} ${list.length === 1 ? 'is' : 'are'} now ${lock ? 'locked' : 'unlocked'}.`,
    noCardToChange: (lock) => (lock ? 'The cards you asked about are already locked.' : 'The cards you asked about are not locked.'),
    noSuchCard: () => "I couldn't find a card like that.",
    cardsUnchanged: () => "Okay, I haven't changed anything.",
    fraudQuestion: (alert, c, today, firstName) =>
      `${firstName ? `Welcome back, ${firstName}. Before we start: did` : "There's a purchase I'd like to check with you. Did"} you make a purchase at ${alert.merchant} ${onDay(alert.at, today)}${c ? `, with ${card(c)}` : ''}? It was for ${m(alert.amount)}. Please say yes or no.`,
    fraudReprompt: (alert) => `Did you make the purchase at ${alert.merchant}? Please say yes or no.`,
    fraudGenuine: () => "Thanks. I've marked that purchase as genuine.",
    fraudReported: (c) =>
      `I've locked ${c ? card(c) : 'your card'} and reported the purchase to your bank as fraud. You can unlock the card later, by asking me or in your bank's app.`,
    fraudLockedNotReported: (c) =>
      `I've locked ${c ? card(c) : 'your card'}, but I couldn't report the purchase to your bank. Please call your bank about it.`,
    noSuspiciousActivity: () => "I don't see any suspicious activity on your cards.",
    discreetMode: (state, changed) =>
      state === 'on'
        ? `Discreet mode is ${changed ? 'now ' : ''}on: I won't say amounts aloud, and you'll find them in your bank's app. To hear them again, say turn off discreet mode.`
        : `Discreet mode is ${changed ? 'now ' : ''}off: I'll say amounts aloud. If others can hear, say turn on discreet mode.`,
    discreetNotice: () => "I've left the amounts out because discreet mode is on; you'll find them in your bank's app.",
    discreetSent: () => "I've left the amounts out because discreet mode is on, and sent the details to your bank's app.",
  };
}

/** American English. */
export const enUSInsights: InsightsSpeech = englishInsights('en-US', US_WORDS);
