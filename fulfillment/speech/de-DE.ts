import type { Account, AccountKind } from '../banks/bank-types';
import type { BankError } from '../banks/bank-error';
import { formatMoney } from '../money';
import { countByKind, inSpokenOrder, type SpeechCatalog } from './catalog';
import { joinAnd, joinOr } from './lists';

const KINDS: Readonly<Record<AccountKind, { name: string; dein: string; deinem: string }>> = {
  checking: { name: 'Girokonto', dein: 'dein Girokonto', deinem: 'deinem Girokonto' },
  savings: { name: 'Sparkonto', dein: 'dein Sparkonto', deinem: 'deinem Sparkonto' },
  'credit-card': { name: 'Kreditkarte', dein: 'deine Kreditkarte', deinem: 'deiner Kreditkarte' },
};

const m = (a: Account['balance']) => formatMoney(a, 'de-DE');
const ending = (a: Account, sameKind: number) => (sameKind > 1 ? ` mit der Endung ${a.last4}` : '');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function balancePhrase(a: Account, sameKind: number): string {
  const k = KINDS[a.kind];
  if (a.kind === 'credit-card') {
    return a.balance.minor > 0
      ? `auf ${k.deinem}${ending(a, sameKind)} sind ${m(a.balance)} offen`
      : `auf ${k.deinem}${ending(a, sameKind)} ist nichts offen`;
  }
  const available =
    a.available && a.available.minor !== a.balance.minor ? `, davon ${m(a.available)} verfügbar` : '';
  return `auf ${k.deinem}${ending(a, sameKind)} sind ${m(a.balance)}${available}`;
}

/** German, with the informal "du" that voice assistants use in German. */
export const deDE: SpeechCatalog = {
  locale: 'de-DE',
  welcome: (firstName) =>
    `Willkommen zurück, ${firstName}. Du kannst nach deinem Kontostand fragen oder dir deine Konten anhören. Was möchtest du tun?`,
  whatNext: () => 'Was möchtest du tun? Du kannst nach deinem Kontostand fragen oder dir deine Konten anhören.',
  help: (can) => {
    const more = [
      can.transactions ? 'dir deine letzten Umsätze vorlesen und sagen, was du ausgegeben oder eingenommen hast' : '',
      can.transfers ? 'Geld an deine Empfänger oder zwischen deinen Konten überweisen' : '',
      can.cards ? 'dir deine Kreditkartenabrechnung nennen und eine Karte sperren oder entsperren' : '',
      can.alerts ? 'nach verdächtigen Umsätzen sehen' : '',
    ].filter(Boolean);
    const also = more.length > 0 ? ` Außerdem kann ich ${joinAnd(more, 'de-DE')}.` : '';
    return `Ich kann dir den Kontostand aller deiner Konten oder eines einzelnen nennen, zum Beispiel deines Sparkontos, und dir deine Konten aufzählen.${also} Sag „diskreten Modus an“, dann nenne ich keine Beträge laut. Was möchtest du tun?`;
  },
  goodbye: () => 'Auf Wiederhören.',
  fallback: () =>
    'Entschuldigung, das habe ich nicht verstanden. Du kannst nach deinem Kontostand fragen oder Hilfe sagen.',
  anythingElse: () => 'Kann ich sonst noch etwas für dich tun?',
  whatElse: () => 'Gern. Was möchtest du noch tun?',
  balances: (accounts) => {
    const counts = countByKind(accounts);
    const parts = inSpokenOrder(accounts).map((a) => balancePhrase(a, counts.get(a.kind) ?? 1));
    return `${capitalise(joinAnd(parts, 'de-DE'))}.`;
  },
  balance: (a, sameKind) => `${capitalise(balancePhrase(a, sameKind))}.`,
  accountList: (accounts) => {
    const names = inSpokenOrder(accounts).map((a) => `${a.kind === 'credit-card' ? 'eine' : 'ein'} ${KINDS[a.kind].name} mit der Endung ${a.last4}`);
    return `Du hast ${accounts.length === 1 ? 'ein Konto' : `${accounts.length} Konten`}: ${joinAnd(names, 'de-DE')}.`;
  },
  noAccounts: () => 'Ich habe bei dieser Bank keine Konten für dich gefunden.',
  noSuchAccount: (heard, accounts) =>
    `Ein Konto namens ${heard} habe ich nicht gefunden. Du hast ${joinOr(
      [...new Set(inSpokenOrder(accounts).map((a) => KINDS[a.kind].dein))],
      'de-DE',
    )}. Welches möchtest du?`,
  nothingToConfirm: () =>
    'Gerade wartet nichts auf deine Bestätigung. Du kannst nach deinem Kontostand fragen oder Hilfe sagen.',
  nothingToDecline: () => 'In Ordnung. Es ist nichts offen. Was möchtest du tun?',
  linkAccount: (platform) =>
    platform === 'alexa'
      ? 'Um deine Konten zu hören, verknüpfe bitte zuerst dein Bankkonto. Ich habe dir dazu eine Karte in der Alexa App geschickt.'
      : 'Um deine Konten zu hören, verknüpfe bitte zuerst dein Bankkonto über den Anmeldelink in dieser App.',
  bankError: (e: BankError) => {
    switch (e.kind) {
      case 'not-linked':
        return 'Dein Bankkonto ist noch nicht verknüpft. Bitte verknüpfe es in der App und versuche es dann noch einmal.';
      case 'consent-expired':
        return 'Deine Bank möchte, dass du dein Konto neu verknüpfst. Bitte tu das in der App und versuche es dann noch einmal.';
      case 'unavailable':
      case 'timeout':
        return 'Deine Bank antwortet gerade nicht. Bitte versuche es gleich noch einmal.';
      case 'unsupported':
        return 'Das kann ich mit dieser Bank noch nicht.';
      case 'not-found':
        return 'Das habe ich bei deiner Bank nicht gefunden.';
      case 'insufficient-funds':
        return 'Auf diesem Konto ist nicht genug Geld.';
      case 'rejected':
        return 'Deine Bank hat den Auftrag abgelehnt.';
      case 'invalid-request':
        return 'Deine Bank konnte den Auftrag nicht annehmen.';
    }
  },
  somethingWentWrong: () => 'Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte versuche es noch einmal.',
};
