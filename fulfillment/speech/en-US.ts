import type { Account, AccountKind } from '../banks/bank-types';
import type { BankError } from '../banks/bank-error';
import type { Locale } from '../locale';
import { formatMoney } from '../money';
import { countByKind, inSpokenOrder, type SpeechCatalog } from './catalog';
import { joinAnd, joinOr } from './lists';

/** Account-kind names in American and British English. */
export interface EnglishWords {
  readonly kinds: Readonly<Record<AccountKind, string>>;
}

const US_WORDS: EnglishWords = {
  kinds: { checking: 'checking account', savings: 'savings account', 'credit-card': 'credit card' },
};

/** Builds the English catalogue; en-GB differs in words and in how money is written. */
export function englishCatalog(locale: Extract<Locale, `en-${string}`>, words: EnglishWords): SpeechCatalog {
  const m = (a: Account['balance']) => formatMoney(a, locale);
  const name = (a: Account, sameKind: number) =>
    sameKind > 1 ? `${words.kinds[a.kind]} ending in ${a.last4}` : words.kinds[a.kind];

  const balancePhrase = (a: Account, sameKind: number, leading: boolean): string => {
    const your = leading ? 'Your' : 'your';
    if (a.kind === 'credit-card') {
      return a.balance.minor > 0
        ? `${your} ${name(a, sameKind)} balance is ${m(a.balance)}`
        : `${your} ${name(a, sameKind)} has nothing owing`;
    }
    return `${your} ${name(a, sameKind)} has ${m(a.balance)}`;
  };

  const availablePhrase = (a: Account): string =>
    a.kind !== 'credit-card' && a.available && a.available.minor !== a.balance.minor
      ? `, of which ${m(a.available)} is available`
      : '';

  return {
    locale,
    welcome: (firstName) =>
      `Welcome back, ${firstName}. You can ask for your balance, or hear your accounts. What would you like to do?`,
    whatNext: () => 'What would you like to do? You can ask for your balance, or hear your accounts.',
    help: (can) => {
      const more = [
        can.transactions ? 'read your recent transactions and tell you what you spent or earned' : '',
        can.transfers ? 'send money to your payees or between your accounts' : '',
        can.cards ? 'tell you about your credit card, and lock or unlock a card' : '',
        can.alerts ? 'check for suspicious activity' : '',
      ].filter(Boolean);
      const also = more.length > 0 ? ` I can also ${joinAnd(more, locale)}.` : '';
      return `I can tell you the balance of all your accounts or of one of them, like your savings, and I can list your accounts.${also} Say turn on discreet mode and I won't say amounts aloud. What would you like to do?`;
    },
    goodbye: () => 'Goodbye.',
    fallback: () =>
      "Sorry, I didn't catch that. You can ask for your balance, or say help to hear what I can do.",
    anythingElse: () => 'Is there anything else?',
    whatElse: () => 'Sure. What else would you like to do?',
    balances: (accounts) => {
      const counts = countByKind(accounts);
      const parts = inSpokenOrder(accounts).map(
        (a, i) => balancePhrase(a, counts.get(a.kind) ?? 1, i === 0) + availablePhrase(a),
      );
      return `${joinAnd(parts, locale)}.`;
    },
    balance: (a, sameKind) => `${balancePhrase(a, sameKind, true)}${availablePhrase(a)}.`,
    accountList: (accounts) => {
      const names = inSpokenOrder(accounts).map((a) => `a ${words.kinds[a.kind]} ending in ${a.last4}`);
      const total = accounts.length;
      return `You have ${total === 1 ? 'one account' : `${total} accounts`}: ${joinAnd(names, locale)}.`;
    },
    noAccounts: () => "I couldn't find any accounts for you at this bank.",
    noSuchAccount: (heard, accounts) =>
      `I couldn't find an account called ${heard}. You have ${joinOr(
        [...new Set(inSpokenOrder(accounts).map((a) => `your ${words.kinds[a.kind]}`))],
        locale,
      )}. Which one would you like?`,
    nothingToConfirm: () =>
      "There's nothing waiting for a yes right now. You can ask for your balance, or say help.",
    nothingToDecline: () => "Okay. There's nothing pending. What would you like to do?",
    linkAccount: (platform) =>
      platform === 'alexa'
        ? 'To hear your accounts, please link your bank account first. I sent a card to the Alexa app to help you do that.'
        : 'To hear your accounts, please link your bank account first, using the sign-in link in this app.',
    bankError: (e: BankError) => {
      switch (e.kind) {
        case 'not-linked':
          return 'Your bank account is not linked yet. Please link it in the app, then try again.';
        case 'consent-expired':
          return 'Your bank needs you to link your account again. Please do that in the app, then try again.';
        case 'unavailable':
        case 'timeout':
          return "Your bank isn't responding right now. Please try again in a little while.";
        case 'unsupported':
          return "I can't do that with this bank yet.";
        case 'not-found':
          return "I couldn't find that at your bank.";
        case 'insufficient-funds':
          return "There isn't enough money in that account.";
        case 'rejected':
          return 'Your bank declined that request.';
        case 'invalid-request':
          return "Your bank couldn't accept that request.";
      }
    },
    somethingWentWrong: () => 'Sorry, something went wrong on my side. Please try again.',
  };
}

/** American English. */
export const enUS: SpeechCatalog = englishCatalog('en-US', US_WORDS);
