import type { Account, AccountKind } from '../../banks/bank-types';
import type { Locale } from '../../kit/locale';
import { formatMoney } from '../../speech/money';
import { absolute } from '../../kit/money';
import { joinAnd, joinOr } from '../../speech/lists';
import { countByKind, inSpokenOrder } from '../spoken-order';
import type { AccountsSpeech } from './catalog';

/** Account-kind names, which differ between American and British English. */
export type EnglishAccountNames = Readonly<Record<AccountKind, string>>;

/** American account names. */
export const US_ACCOUNT_NAMES: EnglishAccountNames = { checking: 'checking account', savings: 'savings account', 'credit-card': 'credit card' };

/** British account names: a "current account". */
export const GB_ACCOUNT_NAMES: EnglishAccountNames = { checking: 'current account', savings: 'savings account', 'credit-card': 'credit card' };

/** The accounts feature's sentences in English; en-GB differs in words and in how money is written. */
export function englishAccounts(locale: Extract<Locale, `en-${string}`>, kinds: EnglishAccountNames): AccountsSpeech {
  const m = (a: Account['balance']) => formatMoney(a, locale);
  const name = (a: Account, sameKind: number) => (sameKind > 1 ? `${kinds[a.kind]} ending in ${a.last4}` : kinds[a.kind]);

  const balancePhrase = (a: Account, sameKind: number, leading: boolean): string => {
    const your = leading ? 'Your' : 'your';
    if (a.kind === 'credit-card') {
      return a.balance.minor > 0 ? `${your} ${name(a, sameKind)} balance is ${m(a.balance)}` : `${your} ${name(a, sameKind)} has nothing owing`;
    }
    return `${your} ${name(a, sameKind)} has ${m(a.balance)}`;
  };

  const availablePhrase = (a: Account): string =>
    a.kind !== 'credit-card' && a.available && a.available.minor !== a.balance.minor ? `, of which ${m(a.available)} is available` : '';

  const englishBalances = (accounts: readonly Account[]) => {
    const counts = countByKind(accounts);
    const parts = inSpokenOrder(accounts).map((a, i) => balancePhrase(a, counts.get(a.kind) ?? 1, i === 0) + availablePhrase(a));
    return `${joinAnd(parts, locale)}.`;
  };

  return {
    balances: englishBalances,
    balance: (a, sameKind) => `${balancePhrase(a, sameKind, true)}${availablePhrase(a)}.`,
    availableCredit: (amount) => `You have ${m(amount)} of available credit.`,
    accountList: (accounts) => {
      const names = inSpokenOrder(accounts).map((a) => `a ${kinds[a.kind]} ending in ${a.last4}`);
      const total = accounts.length;
      return `You have ${total === 1 ? 'one account' : `${total} accounts`}: ${joinAnd(names, locale)}.`;
    },
    accountNumbers: (accounts) => {
      const endings = inSpokenOrder(accounts).map((a, i) => `${i === 0 ? 'Your' : 'your'} ${kinds[a.kind]} ends in ${a.last4}`);
      const details = locale === 'en-GB' ? 'your full account number and sort code' : 'your full account and routing numbers';
      return `For your security, I never say a whole account number aloud. ${joinAnd(endings, locale)}. You'll find ${details} in your bank's app.`;
    },
    overdrawnAnswer: (overdrawn, checked, quiet) => {
      if (overdrawn.length === 0) return quiet ? "No, you're not overdrawn." : `No, you're not overdrawn. ${englishBalances(checked)}`;
      const counts = countByKind(overdrawn);
      const each = inSpokenOrder(overdrawn).map((a, i) => `your ${name(a, counts.get(a.kind) ?? 1)}${i === 0 ? ' is overdrawn' : ''}${quiet ? '' : ` by ${m(absolute(a.balance))}`}`);
      return `Yes, ${joinAnd(each, locale)}.`;
    },
    noAccounts: () => "I couldn't find any accounts for you at this bank.",
    noSuchAccount: (heard, accounts) =>
      `${heard ? `I couldn't find an account called ${heard}. ` : ''}You have ${joinOr([...new Set(inSpokenOrder(accounts).map((a) => `your ${kinds[a.kind]}`))], locale)}. Which one would you like?`,
  };
}
