import type { Account, AccountKind } from '../../banks/bank-types';
import { formatMoney } from '../../speech/money';
import { absolute } from '../../kit/money';
import { joinAnd, joinOr } from '../../speech/lists';
import { countByKind, inSpokenOrder } from '../spoken-order';
import type { AccountsSpeech } from './catalog';

/** German account names, with the forms the sentences need. */
export const GERMAN_ACCOUNT_NAMES: Readonly<Record<AccountKind, { name: string; dein: string; deinem: string }>> = {
  checking: { name: 'Girokonto', dein: 'dein Girokonto', deinem: 'deinem Girokonto' },
  savings: { name: 'Sparkonto', dein: 'dein Sparkonto', deinem: 'deinem Sparkonto' },
  'credit-card': { name: 'Kreditkarte', dein: 'deine Kreditkarte', deinem: 'deiner Kreditkarte' },
};

const m = (a: Account['balance']) => formatMoney(a, 'de-DE');
const ending = (a: Account, sameKind: number) => (sameKind > 1 ? ` mit der Endung ${a.last4}` : '');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function balancePhrase(a: Account, sameKind: number): string {
  const k = GERMAN_ACCOUNT_NAMES[a.kind];
  if (a.kind === 'credit-card') {
    return a.balance.minor > 0 ? `auf ${k.deinem}${ending(a, sameKind)} sind ${m(a.balance)} offen` : `auf ${k.deinem}${ending(a, sameKind)} ist nichts offen`;
  }
  const available = a.available && a.available.minor !== a.balance.minor ? `, davon ${m(a.available)} verfügbar` : '';
  return `auf ${k.deinem}${ending(a, sameKind)} sind ${m(a.balance)}${available}`;
}

function balances(accounts: readonly Account[]): string {
  const counts = countByKind(accounts);
  const parts = inSpokenOrder(accounts).map((a) => balancePhrase(a, counts.get(a.kind) ?? 1));
  return `${capitalise(joinAnd(parts, 'de-DE'))}.`;
}

/** The accounts feature's sentences in German. */
export const deDEAccounts: AccountsSpeech = {
  balances,
  overdrawnAnswer: (overdrawn, checked, quiet) => {
    if (overdrawn.length === 0) return quiet ? 'Nein, du bist nicht im Minus.' : `Nein, du bist nicht im Minus. ${balances(checked)}`;
    const counts = countByKind(overdrawn);
    const named = inSpokenOrder(overdrawn).map((a) => `${GERMAN_ACCOUNT_NAMES[a.kind].dein}${ending(a, counts.get(a.kind) ?? 1)}`);
    if (quiet) return `Ja, ${joinAnd(named, 'de-DE')} ${overdrawn.length === 1 ? 'ist' : 'sind'} überzogen.`;
    const each = inSpokenOrder(overdrawn).map((a, i) => `${named[i] ?? ''}${i === 0 ? ' ist' : ''} um ${m(absolute(a.balance))}${i === 0 ? ' überzogen' : ''}`);
    return `Ja, ${joinAnd(each, 'de-DE')}.`;
  },
  balance: (a, sameKind) => `${capitalise(balancePhrase(a, sameKind))}.`,
  availableCredit: (amount) => `Verfügbar sind noch ${m(amount)}.`,
  accountList: (accounts) => {
    const names = inSpokenOrder(accounts).map((a) => `${a.kind === 'credit-card' ? 'eine' : 'ein'} ${GERMAN_ACCOUNT_NAMES[a.kind].name} mit der Endung ${a.last4}`);
    return `Du hast ${accounts.length === 1 ? 'ein Konto' : `${accounts.length} Konten`}: ${joinAnd(names, 'de-DE')}.`;
  },
  accountNumbers: (accounts) => {
    const endings = inSpokenOrder(accounts).map((a) => `${GERMAN_ACCOUNT_NAMES[a.kind].dein} endet auf ${a.last4}`);
    return `Aus Sicherheitsgründen sage ich nie eine ganze Kontonummer oder IBAN laut. ${capitalise(joinAnd(endings, 'de-DE'))}. Die vollständige IBAN findest du in der App deiner Bank.`;
  },
  noAccounts: () => 'Ich habe bei dieser Bank keine Konten für dich gefunden.',
  noSuchAccount: (heard, accounts) =>
    `${heard ? `Ein Konto namens ${heard} habe ich nicht gefunden. ` : ''}Du hast ${joinOr([...new Set(inSpokenOrder(accounts).map((a) => GERMAN_ACCOUNT_NAMES[a.kind].dein))], 'de-DE')}. Welches möchtest du?`,
};
