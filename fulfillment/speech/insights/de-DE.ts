import type { Transaction } from '../../banks/bank-types';
import type { PeriodName } from '../../insights/period';
import { absolute, formatMoney, type Money } from '../../money';
import { joinAnd, joinOr } from '../lists';
import type { InsightsSpeech, SpokenCard } from './catalog';
import { CATEGORY_IDS, categoryName } from './category-words';
import { relativeDay, spokenDay, spokenMonth } from './dates';

const m = (amount: Money) => formatMoney(amount, 'de-DE');
const amounts = (totals: readonly Money[]) => joinAnd(totals.map(m), 'de-DE');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const ACCOUNTS = { checking: 'deinem Girokonto', savings: 'deinem Sparkonto', 'credit-card': 'deiner Kreditkarte' } as const;
const CARD_NAMES = { debit: 'Girokarte', credit: 'Kreditkarte' } as const;

/** "heute", "gestern" or "18. November". */
function day(iso: string, today: string): string {
  const relative = relativeDay(iso, today);
  return relative === 'today' ? 'heute' : relative === 'yesterday' ? 'gestern' : spokenDay(iso, 'de-DE');
}

/** "heute", "gestern" or "am 18. November". */
function onDay(iso: string, today: string): string {
  return relativeDay(iso, today) === 'other' ? `am ${day(iso, today)}` : day(iso, today);
}

/** A card in the nominative or dative ("deine Girokarte", "deiner Girokarte"), with its digits. */
function card(c: SpokenCard, dative = false): string {
  return `${dative ? 'deiner' : 'deine'} ${CARD_NAMES[c.kind]} mit der Endung ${c.last4}`;
}

function period(p: PeriodName): string {
  switch (p.kind) {
    case 'today':
      return 'heute';
    case 'yesterday':
      return 'gestern';
    case 'this-week':
      return 'diese Woche';
    case 'last-week':
      return 'letzte Woche';
    case 'this-month':
      return 'diesen Monat';
    case 'last-month':
      return 'letzten Monat';
    case 'day':
      return `am ${spokenDay(p.date, 'de-DE')}`;
    case 'month':
      return `im ${spokenMonth(p.month, 'de-DE', !p.sameYear)}`;
    case 'range':
      return `vom ${spokenDay(p.from, 'de-DE')} bis zum ${spokenDay(p.to, 'de-DE')}`;
  }
}

function item(t: Transaction, today: string): string {
  const what = t.amount.minor < 0
    ? `${m(absolute(t.amount))} ${t.merchant ? `bei ${t.merchant}` : `für ${t.description}`}`
    : `Eingang von ${m(t.amount)}${t.merchant ? ` von ${t.merchant}` : `, ${t.description}`}`;
  return `${day(t.date, today)}, ${t.status === 'pending' ? 'vorgemerkt, ' : ''}${what}`;
}

const count = (n: number, one: string, many: string) => (n === 1 ? one : `mit ${n} ${many}`);

/** German, with the informal "du". */
export const deDEInsights: InsightsSpeech = {
  recentTransactions: (account, items, today) =>
    `${account ? `Hier sind die letzten Umsätze auf ${ACCOUNTS[account]}` : 'Hier sind die nächsten'}: ${items.map((t) => item(t, today)).join('; ')}.`,
  moreQuestion: () => 'Möchtest du weitere hören?',
  noTransactions: () => 'Auf diesem Konto sehe ich noch keine Umsätze.',
  noMoreTransactions: () => 'Das sind alle Umsätze, die ich sehen kann.',
  nothingMoreToRead: () => 'Gerade gibt es nichts weiter vorzulesen. Du kannst nach deinen letzten Umsätzen fragen.',
  spending: (a) => {
    const where = `${a.category ? ` für ${categoryName(a.category, 'de-DE')}` : ''}${a.merchant ? ` bei ${a.merchant}` : ''}`;
    return a.count === 0 || a.totals.length === 0
      ? `Du hast ${period(a.period)} nichts${where} ausgegeben.`
      : `Du hast ${period(a.period)} ${amounts(a.totals)}${where} ausgegeben, ${count(a.count, 'mit einer Zahlung', 'Zahlungen')}.`;
  },
  unknownCategory: (heard) =>
    `Die Kategorie ${heard} kenne ich nicht. Du kannst nach ${joinOr(CATEGORY_IDS.slice(0, 5).map((c) => categoryName(c, 'de-DE')), 'de-DE')} fragen.`,
  periodNotUnderstood: () =>
    'Entschuldigung, den Zeitraum habe ich nicht verstanden. Du kannst zum Beispiel letzten Monat, diese Woche oder im Oktober sagen.',
  lastDeposit: (t, today) =>
    `Dein letzter Geldeingang war ${onDay(t.date, today)}: ${m(t.amount)} von ${t.merchant ?? t.description}${t.status === 'pending' ? ', noch vorgemerkt' : ''}.`,
  income: (totals, n, p) => `Du hast ${period(p)} ${amounts(totals)} bekommen, ${count(n, 'mit einem Geldeingang', 'Geldeingängen')}.`,
  noIncome: (p) => (p ? `Ich sehe ${period(p)} keine Geldeingänge.` : 'Ich sehe in letzter Zeit keine Geldeingänge.'),
  statement: (s, detail, today) => {
    const of = s.card.named ? `deiner Kreditkarte mit der Endung ${s.card.last4}` : 'deiner Kreditkarte';
    const due = `am ${spokenDay(s.dueDate, 'de-DE')}`;
    switch (detail) {
      case 'statement-balance':
        return `Der Abrechnungssaldo ${of} beträgt ${m(s.statementBalance)}.`;
      case 'minimum-payment':
        return `Die Mindestzahlung für ${of.replace('deiner', 'deine')} beträgt ${m(s.minimumPayment)}. Sie ist ${due} fällig.`;
      case 'due-date':
        return `Die Zahlung für ${of.replace('deiner', 'deine')} ist ${relativeDay(s.dueDate, today) === 'today' ? 'heute' : due} fällig.`;
      case 'available-credit':
        return `Auf ${of} sind noch ${m(s.availableCredit)} verfügbar. Dein Kreditrahmen beträgt ${m(s.creditLimit)}.`;
      case undefined:
        return `Der Abrechnungssaldo ${of} beträgt ${m(s.statementBalance)}, die Mindestzahlung ${m(s.minimumPayment)}. Die Zahlung ist ${due} fällig. Verfügbar sind noch ${m(s.availableCredit)}.`;
    }
  },
  noCreditCard: () => 'Bei dieser Bank hast du keine Kreditkarte.',
  confirmCardChange: (list, lock) =>
    `Soll ich ${joinAnd(list.map((c) => card(c)), 'de-DE')} ${lock ? 'sperren' : 'entsperren'}? Bitte sag ja oder nein.`,
  cardsChanged: (list, lock) =>
    `Erledigt. ${capitalise(joinAnd(list.map((c) => card(c)), 'de-DE'))} ${list.length === 1 ? 'ist' : 'sind'} jetzt ${lock ? 'gesperrt' : 'entsperrt'}.`,
  noCardToChange: (lock) => (lock ? 'Die Karten, nach denen du fragst, sind schon gesperrt.' : 'Die Karten, nach denen du fragst, sind nicht gesperrt.'),
  noSuchCard: () => 'So eine Karte habe ich nicht gefunden.',
  cardsUnchanged: () => 'In Ordnung, ich habe nichts geändert.',
  fraudQuestion: (alert, c, today, firstName) =>
    `${firstName ? `Willkommen zurück, ${firstName}. Bevor wir anfangen: Hast` : 'Ich möchte eine Zahlung mit dir prüfen. Hast'} du ${onDay(alert.at, today)} bei ${alert.merchant} eingekauft${c ? `, mit ${card(c, true)}` : ''}? Es waren ${m(alert.amount)}. Bitte sag ja oder nein.`,
  fraudReprompt: (alert) => `Hast du bei ${alert.merchant} eingekauft? Bitte sag ja oder nein.`,
  fraudGenuine: () => 'Danke. Ich habe die Zahlung als echt markiert.',
  fraudReported: (c) =>
    `Ich habe ${c ? card(c) : 'deine Karte'} gesperrt und die Zahlung deiner Bank als Betrug gemeldet. Du kannst die Karte später entsperren, bei mir oder in der App deiner Bank.`,
  fraudLockedNotReported: (c) =>
    `Ich habe ${c ? card(c) : 'deine Karte'} gesperrt, konnte die Zahlung aber nicht an deine Bank melden. Bitte ruf deine Bank dazu an.`,
  noSuspiciousActivity: () => 'Ich sehe keine verdächtigen Umsätze auf deinen Karten.',
  discreetMode: (state, changed) =>
    state === 'on'
      ? `Der diskrete Modus ist ${changed ? 'jetzt ' : ''}an: Ich sage keine Beträge laut, du findest sie in der App deiner Bank. Um sie wieder zu hören, sag diskreten Modus ausschalten.`
      : `Der diskrete Modus ist ${changed ? 'jetzt ' : ''}aus: Ich sage Beträge laut. Wenn andere mithören, sag diskreten Modus einschalten.`,
  discreetNotice: () => 'Die Beträge lasse ich weg, weil der diskrete Modus an ist; du findest sie in der App deiner Bank.',
  discreetSent: () => 'Die Beträge lasse ich weg, weil der diskrete Modus an ist, und habe dir die Einzelheiten in die App deiner Bank geschickt.',
};
