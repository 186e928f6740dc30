import type { Transaction } from '../../banks/bank-types';
import type { PeriodName } from '../period';
import type { Locale } from '../../kit/locale';
import { absolute, type Money } from '../../kit/money';
import { formatMoney } from '../../speech/money';
import { joinAnd, joinOr } from '../../speech/lists';
import { GB_ACCOUNT_NAMES, US_ACCOUNT_NAMES, type EnglishAccountNames } from '../../accounts/speech/en';
import type { DepositSource, FoundCharge, InsightsSpeech, SpendingAnswer } from './catalog';
import { CATEGORY_IDS, categoryName } from '../category-words';
import { onSpokenRelativeDay, spokenDay, spokenMonth, spokenRelativeDay } from '../../speech/dates';
import { spokenBankText } from '../../speech/bank-text';

/** The insights' sentences in English; en-GB differs in account names and in how dates and money are written. */
export function englishInsights(locale: Extract<Locale, `en-${string}`>, accounts: EnglishAccountNames): InsightsSpeech {
  const m = (amount: Money) => formatMoney(amount, locale);
  const amounts = (totals: readonly Money[]) => joinAnd(totals.map(m), locale);
  const day = (iso: string, today: string) => spokenRelativeDay(iso, today, locale);
  const onDay = (iso: string, today: string) => onSpokenRelativeDay(iso, today, locale);
  // " from Anna" after a question that named a sender; interest is said by the sentence itself.
  const whence = (from?: DepositSource) => (from && from !== 'interest' ? ` from ${from.sender}` : '');
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
        return `between ${spokenDay(p.from, locale, !p.sameYear)} and ${spokenDay(p.to, locale, !p.sameYear)}`;
    }
  };
  // "November 12, $54.10 at Trader Joe's": one transaction read out.
  const item = (t: Transaction, today: string) => {
    const out = t.amount.minor < 0;
    const sum = m(absolute(t.amount));
    const what = t.merchant ? `${sum} ${out ? 'at ' : 'in from '}${spokenBankText(t.merchant, locale)}` : `${sum}${out ? '' : ' in'}, ${spokenBankText(t.description, locale)}`;
    return `${day(t.date, today)}, ${t.status === 'pending' ? 'pending, ' : ''}${what}`;
  };
  const plural = (n: number, one: string, many: string) => `${n === 1 ? 'one' : n} ${n === 1 ? one : many}`;
  // Discreet mode's history: how many were found, and where the customer asked, never each one.
  const found = (n: number, one: string, many: string, scope: string) => `I've found ${plural(n, one, many)}${scope}.`;
  // " on groceries", " at Starbucks": what a spending answer was narrowed to.
  const where = (a: Pick<SpendingAnswer, 'merchant' | 'category' | 'account' | 'without'>) =>
    `${a.category ? ` on ${categoryName(a.category, locale)}` : ''}${a.without ? ` not counting ${categoryName(a.without, locale)}` : ''}${a.merchant ? ` at ${a.merchant}` : ''}${a.account ? ` ${a.account === 'credit-card' ? 'on' : 'from'} your ${accounts[a.account]}` : ''}`;
  const nothingSpent = (a: SpendingAnswer) => `You didn't spend anything${where(a)} ${period(a.period)}.`;

  // "$45.12 at Olive Garden on November 15, on your credit card": a payment found by its amount.
  const charge = ({ tx, account }: FoundCharge, today: string) =>
    `${m(absolute(tx.amount))} ${tx.merchant ? `at ${spokenBankText(tx.merchant, locale)}` : spokenBankText(tx.description, locale)} ${onDay(tx.date, today)}${tx.status === 'pending' ? ', still pending' : ''}${account ? `, on your ${accounts[account]}` : ''}`;
  const charges = (list: readonly FoundCharge[], today: string) => list.map((c) => charge(c, today)).join('; ');

  return {
    whichCharge: () => `Which charge? Say its amount, like: what was the forty five ${locale === 'en-GB' ? 'pound' : 'dollar'} charge?`,
    chargesFound: (amount, found, count, today, since, at, quiet = false) => {
      const there = at ? ` at ${at.shop}` : '';
      // Looked for since a day, or in the period asked about ("last week").
      const from = typeof since === 'string' ? `since ${spokenDay(since, locale)}` : period(since);
      const word = amount?.above ? 'over' : 'of';
      if (found.length === 0) {
        const last = at?.last && !quiet ? ` Your last payment there was ${m(absolute(at.last.amount))}, ${onDay(at.last.date, today)}.` : '';
        const of = amount ? (quiet ? ` ${word} that amount` : ` ${word} ${m(amount.money)}`) : '';
        return `I don't see a charge${of}${there} ${from}.${last}`;
      }
      if (quiet) return `I found ${plural(count, 'charge', 'charges')}${amount ? ` ${word} that amount` : ''}${there} ${from}.`;
      const more = count > found.length ? ` The latest ${found.length} are` : ' They are';
      // "Did Amazon charge me?": the payments there, however much they were; "everything over a
      // hundred dollars": the payments larger than it, with the amount said back.
      const over = amount ? ` over ${m(amount.money)}` : '';
      if (!amount || amount.above) return count === 1 ? `I found one charge${over}${there} ${from}: ${charge(found[0] as FoundCharge, today)}.` : `I found ${count} charges${over}${there} ${from}.${more}: ${charges(found, today)}.`;
      if (count === 1) return `That was ${charge(found[0] as FoundCharge, today)}.`;
      return `I found ${count} charges like that.${more}: ${charges(found, today)}.`;
    },
    chargesNext: (list, today, quiet = false) => (quiet ? found(list.length, 'more charge', 'more charges', '') : `The next ones are: ${charges(list, today)}.`),
    recentTransactions: (account, items, today, quiet) =>
      quiet
        ? account
          ? `I've found your latest ${items.length === 1 ? 'transaction' : `${items.length} transactions`} on your ${accounts[account]}.`
          : found(items.length, 'more transaction', 'more transactions', '')
        : `${account ? `Here are the latest transactions on your ${accounts[account]}` : 'Here are the next ones'}: ${items.map((t) => item(t, today)).join('; ')}.`,
    moreQuestion: () => 'Would you like to hear more?',
    mostAtOnce: (most) => `I read up to ${most} at a time.`,
    moreHelp: () => "I'm reading your transactions a few at a time. Say yes to hear the next ones, or no to stop.",
    pendingTransactions: (items, totals, today, account, quiet) => {
      const on = account ? ` on your ${accounts[account]}` : '';
      if (items.length === 0) return `Nothing is pending${on ? on : ' on your accounts'}.`;
      if (quiet) return `You have ${plural(items.length, 'pending transaction', 'pending transactions')}${on}.`;
      const sum = (t: Transaction) => `${m(absolute(t.amount))} `;
      // A payment with no merchant ("Transfer to Bob Carter") is said by its description, never "at Transfer to".
      const what = (t: Transaction) => (t.merchant ? `${t.amount.minor < 0 ? 'at' : 'in from'} ${spokenBankText(t.merchant, locale)}` : spokenBankText(t.description, locale));
      const each = items.map(({ t, account: kind }) => `${day(t.date, today)}, ${[sum(t).trim(), what(t)].filter(Boolean).join(t.merchant ? ' ' : ', ')}${account ? '' : ` on your ${accounts[kind]}`}`);
      const list = each.join('; ');
      return `You have ${plural(items.length, 'pending transaction', 'pending transactions')}${on}. ${items.length > 1 ? `They come to ${amounts(totals)}. ` : ''}${list.charAt(0).toUpperCase()}${list.slice(1)}.`;
    },
    noTransactions: () => "I don't see any transactions on that account yet.",
    transactionsIn: (p, account, items, today, quiet) =>
      quiet
        ? found(items.length, 'transaction', 'transactions', `${account ? ` on your ${accounts[account]}` : ''} ${period(p)}`)
        : `Here are your transactions${account ? ` on your ${accounts[account]}` : ''} ${period(p)}: ${items.map((t) => item(t, today)).join('; ')}.`,
    noTransactionsIn: (p, account) => `I don't see any transactions${account ? ` on your ${accounts[account]}` : ''} ${period(p)}.`,
    transfersSent: (p, items, today, quiet) =>
      quiet
        ? found(items.length, 'transfer', 'transfers', ` you sent ${p ? period(p) : 'lately'}`)
        : `Here are the transfers you sent ${p ? period(p) : 'lately'}: ${items.map((t) => item(t, today)).join('; ')}.`,
    movedList: (direction, p, account, items, today, quiet) => {
      const scope = `${direction === 'out' ? 'out of' : 'into'} your ${account ? accounts[account] : 'accounts'} ${p ? period(p) : 'lately'}`;
      return quiet ? found(items.length, 'payment', 'payments', ` ${scope}`) : `Here's what ${direction === 'out' ? 'went out of' : 'came into'} your ${account ? accounts[account] : 'accounts'} ${p ? period(p) : 'lately'}: ${items.map((t) => item(t, today)).join('; ')}.`;
    },
    nothingMoved: (direction, p, account) => `Nothing ${direction === 'out' ? 'went out of' : 'came into'} your ${account ? accounts[account] : 'accounts'} ${p ? period(p) : 'lately'}.`,
    noTransfersSent: (p) => `I don't see any transfers you sent ${p ? period(p) : 'lately'}.`,
    noMoreTransactions: () => "That's all the transactions I can see.",
    nothingMoreToRead: () => "There's nothing more to read right now. You can ask for your latest transactions.",
    spending: (a) =>
      a.count === 0 || a.totals.length === 0 ? nothingSpent(a) : `You spent ${amounts(a.totals)}${where(a)} ${period(a.period)}, in ${plural(a.count, 'payment', 'payments')}.`,
    spendingList: (a, page, today, quiet) => {
      if (a.count === 0) return nothingSpent(a);
      if (quiet) return found(a.count, 'payment', 'payments', `${where(a)} ${period(a.period)}`);
      if (a.count === 1 && page[0]) return `Your one payment${where(a)} ${period(a.period)} was ${charge(page[0], today)}.`;
      return `You made ${a.count} payments${where(a)} ${period(a.period)}.${a.count > page.length ? ` The latest ${page.length} are` : ' They are'}: ${charges(page, today)}.`;
    },
    spendingByCategory: (a, shares) => {
      if (a.count === 0 || a.totals.length === 0) return nothingSpent(a);
      const all = `In all you spent ${amounts(a.totals)}${where(a)} ${period(a.period)}, in ${plural(a.count, 'payment', 'payments')}.`;
      const [first, ...rest] = shares;
      if (!first) return `${all} None of those payments has a category I know.`;
      const next = rest.map((s) => `${categoryName(s.category, locale)} with ${m(s.total)}`);
      const then = next.length > 0 ? ` Next ${next.length === 1 ? 'comes' : 'come'} ${joinAnd(next, locale)}.` : '';
      return `You spent the most on ${categoryName(first.category, locale)}${where(a)} ${period(a.period)}: ${m(first.total)}.${then} ${all}`;
    },
    largestPayment: (a, t, today, quiet) => {
      if (!t) return nothingSpent(a);
      if (quiet) return `I've found your biggest payment${where(a)} ${period(a.period)}.`;
      const at = t.merchant && !a.merchant ? ` at ${spokenBankText(t.merchant, locale)}` : '';
      // The place and day, then the amount in a sentence of its own: discreet mode leaves where and when.
      return `Your biggest payment${where(a)} ${period(a.period)} was${at}${at ? ',' : ''} ${onDay(t.date, today)}. It was ${m(absolute(t.amount))}.`;
    },
    latestPayment: (a, t, today, quiet) => {
      if (!t && a.earlier) return `I don't see an earlier payment${where(a)}${a.period ? ` ${period(a.period)}` : ' in your history'}.`;
      if (!t) return a.period ? nothingSpent({ ...a, period: a.period, totals: [], count: 0 }) : `I don't see any payment${where(a)} in your history.`;
      if (quiet) return a.earlier ? `I've found the payment${where(a)} before that.` : `I've found your last payment${where(a)}${a.period ? ` ${period(a.period)}` : ''}.`;
      // The day and the amount in sentences of their own: discreet mode leaves the day.
      const at = t.merchant && !a.merchant ? `at ${spokenBankText(t.merchant, locale)}, ` : '';
      if (a.earlier) return `Before that, your payment${where(a)} was ${at}${onDay(t.date, today)}. It was ${m(absolute(t.amount))}.`;
      return `Your last payment${where(a)}${a.period ? ` ${period(a.period)}` : ''} was ${at}${onDay(t.date, today)}. It was ${m(absolute(t.amount))}.`;
    },
    lastSent: (answers, today, quiet) =>
      answers
        .map((a) => {
          if (a.latest && quiet) return `I've found your last transfer to ${a.payee}${a.period ? ` ${period(a.period)}` : ''}.`;
          if (a.latest) return `Your last transfer to ${a.payee}${a.period ? ` ${period(a.period)}` : ''} was ${onDay(a.latest.date, today)}. It was ${m(absolute(a.latest.amount))}.`;
          return a.period ? `You didn't send ${a.payee} anything ${period(a.period)}.` : `I don't see any transfer to ${a.payee} in your history.`;
        })
        .join(' '),
    sent: (answers) =>
      answers
        .map((a) =>
          a.count === 0 || a.totals.length === 0
            ? `You didn't send ${a.payee} anything ${period(a.period)}.`
            : `You sent ${a.payee} ${amounts(a.totals)} ${period(a.period)}, in ${plural(a.count, 'transfer', 'transfers')}.`,
        )
        .join(' '),
    sentInAll: (a) => (a.count === 0 || a.totals.length === 0 ? `You didn't send any money ${period(a.period)}.` : `You sent ${amounts(a.totals)} ${period(a.period)}, in ${plural(a.count, 'transfer', 'transfers')}.`),
    unknownCategory: (heard) =>
      `I don't know the category ${heard}. You can ask about ${joinOr(CATEGORY_IDS.slice(0, 5).map((c) => categoryName(c, locale)), locale)}.`,
    periodNotUnderstood: () => "Sorry, I didn't catch the dates. You can say things like last month, this week, or in October.",
    beforeHistory: (first) => `Your bank only lets me see your transactions from ${spokenDay(first, locale)} on, so I can't tell you about that time. You can ask about any day since then.`,
    nothingToFollow: () => "Sorry, I'm not sure what you'd like to know about that. You can ask, for example, how much you spent on groceries last month.",
    lastDeposit: (t, today, into, quiet) =>
      quiet
        ? `I've found your last deposit${into ? ` into your ${accounts[into]}` : ''}.`
        : `Your last deposit${into ? ` into your ${accounts[into]}` : ''} was ${t.merchant ? `${m(absolute(t.amount))} from ${spokenBankText(t.merchant, locale)}` : `${m(absolute(t.amount))}, ${spokenBankText(t.description, locale)}`}, ${onDay(t.date, today)}${t.status === 'pending' ? ', and it is still pending' : ''}.`,
    depositBefore: (t, today, into, quiet) =>
      quiet
        ? `I've found the deposit${into ? ` into your ${accounts[into]}` : ''} before that.`
        : `Before that, ${m(absolute(t.amount))} came${into ? ` into your ${accounts[into]}` : t.merchant ? '' : ' in'}${t.merchant ? ` from ${spokenBankText(t.merchant, locale)}` : `, ${spokenBankText(t.description, locale)}`}, ${onDay(t.date, today)}${t.status === 'pending' ? ', and it is still pending' : ''}.`,
    noEarlierDeposit: (into, from) => `I don't see an earlier ${from === 'interest' ? 'interest payment' : 'deposit'}${whence(from)}${into ? ` into your ${accounts[into]}` : ''} in your recent history.`,
    income: (totals, count, p, into, from) =>
      `You received ${amounts(totals)}${from === 'interest' ? ' in interest' : whence(from)}${into ? ` into your ${accounts[into]}` : ''} ${period(p)}, in ${plural(count, 'deposit', 'deposits')}.`,
    noIncome: (p, into, from) => {
      const what = `${from === 'interest' ? 'interest paid' : 'deposits'}${whence(from)}${into ? ` into your ${accounts[into]}` : ''}`;
      return p ? `I don't see any ${what} ${period(p)}.` : `I don't see any ${what} in your recent history.`;
    },
  };
}

/** American English. */
export const enUSInsights: InsightsSpeech = englishInsights('en-US', US_ACCOUNT_NAMES);

/** British English: "current account", dates day first. */
export const enGBInsights: InsightsSpeech = englishInsights('en-GB', GB_ACCOUNT_NAMES);
