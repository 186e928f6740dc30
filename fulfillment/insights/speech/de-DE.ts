import type { Transaction } from '../../banks/bank-types';
import type { PeriodName } from '../period';
import { absolute, type Money } from '../../kit/money';
import { formatMoney } from '../../speech/money';
import { joinAnd } from '../../speech/lists';
import { GERMAN_ACCOUNT_NAMES } from '../../accounts/speech/de-DE';
import type { DepositSource, FoundCharge, InsightsSpeech, SpendingAnswer } from './catalog';
import { CATEGORY_IDS, categoryName } from '../category-words';
import { onSpokenRelativeDay, spokenDay, spokenMonth, spokenRelativeDay } from '../../speech/dates';
import { spokenBankText } from '../../speech/bank-text';

const m = (amount: Money) => formatMoney(amount, 'de-DE');
const amounts = (totals: readonly Money[]) => joinAnd(totals.map(m), 'de-DE');
const day = (iso: string, today: string) => spokenRelativeDay(iso, today, 'de-DE');
const onDay = (iso: string, today: string) => onSpokenRelativeDay(iso, today, 'de-DE');
/** " von Anna" after a question that named a sender; interest is said by the sentence itself. */
const whence = (from?: DepositSource) => (from && from !== 'interest' ? ` von ${from.sender}` : '');

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
      return `vom ${spokenDay(p.from, 'de-DE', !p.sameYear)} bis zum ${spokenDay(p.to, 'de-DE', !p.sameYear)}`;
  }
}

/** "18. November, 4,80 € bei Starbucks": ein Umsatz, vorgelesen. */
function item(t: Transaction, today: string): string {
  const what = t.amount.minor < 0
    ? `${m(absolute(t.amount))} ${t.merchant ? `bei ${spokenBankText(t.merchant, 'de-DE')}` : `für ${spokenBankText(t.description, 'de-DE')}`}`
    : `Eingang von ${m(t.amount)}${t.merchant ? ` von ${spokenBankText(t.merchant, 'de-DE')}` : `, ${spokenBankText(t.description, 'de-DE')}`}`;
  return `${day(t.date, today)}, ${t.status === 'pending' ? 'vorgemerkt, ' : ''}${what}`;
}

/** Der Verlauf im diskreten Modus: wie viele gefunden wurden und wo gefragt war, nie jeder einzelne. */
const found = (n: number, one: string, many: string, scope: string) => `Ich habe ${n === 1 ? one : `${n} ${many}`}${scope} gefunden.`;

/** "Mit einer Zahlung", "verteilt auf 30 Zahlungen": how many, after the total. */
const count = (n: number, one: string, many: string) => (n === 1 ? one : `verteilt auf ${n} ${many}`);

/** " für Lebensmittel", " bei Rewe": what a spending answer was narrowed to. */
const where = (a: Pick<SpendingAnswer, 'merchant' | 'category' | 'account' | 'without'>) =>
  `${a.category ? ` für ${categoryName(a.category, 'de-DE')}` : ''}${a.without ? ` ohne ${categoryName(a.without, 'de-DE')}` : ''}${a.merchant ? ` bei ${a.merchant}` : ''}${a.account ? ` ${a.account === 'credit-card' ? 'mit' : 'von'} ${GERMAN_ACCOUNT_NAMES[a.account].deinem}` : ''}`;
const nothingSpent = (a: SpendingAnswer) => `Du hast ${period(a.period)} nichts${where(a)} ausgegeben.`;

/** "45,12 € bei Olive Garden am 15. November, auf deiner Kreditkarte": eine Zahlung, nach ihrem Betrag gefunden. */
const charge = ({ tx, account }: FoundCharge, today: string) =>
  `${m(absolute(tx.amount))} ${tx.merchant ? `bei ${spokenBankText(tx.merchant, 'de-DE')}` : spokenBankText(tx.description, 'de-DE')} ${onSpokenRelativeDay(tx.date, today, 'de-DE')}${tx.status === 'pending' ? ', noch vorgemerkt' : ''}${account ? `, auf ${GERMAN_ACCOUNT_NAMES[account].deinem}` : ''}`;
const charges = (list: readonly FoundCharge[], today: string) => list.map((c) => charge(c, today)).join('; ');

/** The insights' sentences in German, with the informal "du". */
export const deDEInsights: InsightsSpeech = {
  whichCharge: () => 'Welche Abbuchung? Sag den Betrag, zum Beispiel: Was war die Abbuchung über fünfundvierzig Euro?',
  chargesFound: (amount, found, count, today, since, at, quiet = false) => {
    const there = at ? ` bei ${at.shop}` : '';
    // Gesucht seit einem Tag oder im gefragten Zeitraum ("letzte Woche").
    const from = typeof since === 'string' ? `seit dem ${spokenDay(since, 'de-DE')}` : period(since);
    // "Über 50 €" ist die Zahlung von 50 €; mehr als ein Betrag wird so gesagt.
    const word = amount?.above ? 'von mehr als' : 'über';
    if (found.length === 0) {
      const last = at?.last && !quiet ? ` Zuletzt hast du dort ${onSpokenRelativeDay(at.last.date, today, 'de-DE')} ${m(absolute(at.last.amount))} bezahlt.` : '';
      const of = amount ? (quiet ? ` ${word} diesem Betrag` : ` ${word} ${m(amount.money)}`) : '';
      return `Ich sehe keine Abbuchung${of}${there} ${from}.${last}`;
    }
    if (quiet) return `Ich habe ${count === 1 ? 'eine Abbuchung' : `${count} Abbuchungen`}${amount ? (amount.above ? ' von mehr als diesem Betrag' : ' über diesen Betrag') : ''}${there} ${from} gefunden.`;
    const more = count > found.length ? ` Die letzten ${found.length} sind` : ' Das sind';
    // "Hat Amazon etwas abgebucht?": die Zahlungen dort, wie hoch sie auch waren; "alles von mehr
    // als hundert Euro": die größeren Zahlungen, mit dem Betrag.
    const over = amount ? ` von mehr als ${m(amount.money)}` : '';
    if (!amount || amount.above) return count === 1 ? `Ich habe eine Abbuchung${over}${there} ${from} gefunden: ${charge(found[0] as FoundCharge, today)}.` : `Ich habe ${count} Abbuchungen${over}${there} ${from} gefunden.${more}: ${charges(found, today)}.`;
    if (count === 1) return `Das waren ${charge(found[0] as FoundCharge, today)}.`;
    return `Ich habe ${count} solche Abbuchungen gefunden.${more}: ${charges(found, today)}.`;
  },
  chargesNext: (list, today, quiet = false) => (quiet ? found(list.length, 'eine weitere Abbuchung', 'weitere Abbuchungen', '') : `Die nächsten sind: ${charges(list, today)}.`),
  recentTransactions: (account, items, today, quiet) =>
    quiet
      ? account
        ? `Ich habe ${items.length === 1 ? 'deinen letzten Umsatz' : `deine letzten ${items.length} Umsätze`} auf ${GERMAN_ACCOUNT_NAMES[account].deinem} gefunden.`
        : found(items.length, 'einen weiteren Umsatz', 'weitere Umsätze', '')
      : `${account ? `Hier sind die letzten Umsätze auf ${GERMAN_ACCOUNT_NAMES[account].deinem}` : 'Hier sind die nächsten'}: ${items.map((t) => item(t, today)).join('; ')}.`,
  moreQuestion: () => 'Möchtest du weitere hören?',
  mostAtOnce: (most) => `Ich lese höchstens ${most} auf einmal vor.`,
  moreHelp: () => 'Ich lese dir deine Umsätze in kleinen Portionen vor. Sag ja, um die nächsten zu hören, oder nein, um aufzuhören.',
  pendingTransactions: (items, totals, today, account, quiet) => {
    const auf = account ? ` auf ${GERMAN_ACCOUNT_NAMES[account].deinem}` : '';
    if (items.length === 0) return `Vorgemerkt ist${auf || ' auf deinen Konten'} nichts.`;
    const sum = (t: Transaction) => `${m(absolute(t.amount))} `;
    // Eine Zahlung ohne Händler ("Überweisung an Jonas Weber") wird mit ihrem Text gesagt, nie "bei Überweisung an".
    const what = (t: Transaction) => (t.merchant ? `${t.amount.minor < 0 ? 'bei' : 'von'} ${spokenBankText(t.merchant, 'de-DE')}` : spokenBankText(t.description, 'de-DE'));
    const each = items.map(({ t, account: kind }) => `${day(t.date, today)}, ${[sum(t).trim(), what(t)].filter(Boolean).join(t.merchant ? ' ' : ', ')}${account ? '' : ` auf ${GERMAN_ACCOUNT_NAMES[kind].deinem}`}`);
    const how = items.length === 1 ? 'ein vorgemerkter Umsatz' : `${items.length} vorgemerkte Umsätze`;
    const list = each.join('; ');
    const where = account ? `Auf ${GERMAN_ACCOUNT_NAMES[account].deinem}` : 'Auf deinen Konten';
    if (quiet) return `${where} ${items.length === 1 ? 'ist' : 'sind'} ${how}.`;
    return `${where} ${items.length === 1 ? 'ist' : 'sind'} ${how}. ${items.length > 1 ? `Zusammen sind das ${amounts(totals)}. ` : ''}${list.charAt(0).toUpperCase()}${list.slice(1)}.`;
  },
  noTransactions: () => 'Auf diesem Konto sehe ich noch keine Umsätze.',
  transactionsIn: (p, account, items, today, quiet) =>
    quiet
      ? found(items.length, 'einen Umsatz', 'Umsätze', `${account ? ` auf ${GERMAN_ACCOUNT_NAMES[account].deinem}` : ''} ${period(p)}`)
      : `Hier sind deine Umsätze${account ? ` auf ${GERMAN_ACCOUNT_NAMES[account].deinem}` : ''} ${period(p)}: ${items.map((t) => item(t, today)).join('; ')}.`,
  noTransactionsIn: (p, account) => {
    const when = period(p);
    return `${when.charAt(0).toUpperCase()}${when.slice(1)} gab es keine Umsätze${account ? ` auf ${GERMAN_ACCOUNT_NAMES[account].deinem}` : ''}.`;
  },
  transfersSent: (p, items, today, quiet) =>
    quiet
      ? found(items.length, 'eine Überweisung', 'Überweisungen', ` ${p ? period(p) : 'aus der letzten Zeit'}`)
      : `Hier sind deine Überweisungen ${p ? period(p) : 'der letzten Zeit'}: ${items.map((t) => item(t, today)).join('; ')}.`,
  movedList: (direction, p, account, items, today, quiet) => {
    const of = account ? GERMAN_ACCOUNT_NAMES[account].deinem : 'deinen Konten';
    if (quiet) return found(items.length, 'eine Zahlung', 'Zahlungen', ` ${p ? period(p) : 'aus der letzten Zeit'} ${direction === 'out' ? `von ${of}` : `auf ${of}`}`);
    return `Hier ist, was ${p ? period(p) : 'in letzter Zeit'} ${direction === 'out' ? `von ${of} abging` : `auf ${of} einging`}: ${items.map((t) => item(t, today)).join('; ')}.`;
  },
  nothingMoved: (direction, p, account) => {
    const of = account ? GERMAN_ACCOUNT_NAMES[account].deinem : 'deinen Konten';
    const when = p ? period(p) : 'in letzter Zeit';
    return `${when.charAt(0).toUpperCase()}${when.slice(1)} ging nichts ${direction === 'out' ? `von ${of} ab` : `auf ${of} ein`}.`;
  },
  noTransfersSent: (p) => (p ? `${period(p).charAt(0).toUpperCase()}${period(p).slice(1)} hast du nichts überwiesen.` : 'In letzter Zeit hast du nichts überwiesen.'),
  noMoreTransactions: () => 'Das sind alle Umsätze, die ich sehen kann.',
  nothingMoreToRead: () => 'Gerade gibt es nichts weiter vorzulesen. Du kannst nach deinen letzten Umsätzen fragen.',
  spendingList: (a, page, today, quiet) => {
    if (a.count === 0) return nothingSpent(a);
    if (quiet) return `Ich habe ${period(a.period)} ${a.count === 1 ? 'eine Zahlung' : `${a.count} Zahlungen`}${where(a)} gefunden.`;
    if (a.count === 1 && page[0]) return `Deine eine Zahlung${where(a)} ${period(a.period)} waren ${charge(page[0], today)}.`;
    return `Du hast ${period(a.period)} ${a.count} Zahlungen${where(a)} gemacht.${a.count > page.length ? ` Die letzten ${page.length} sind` : ' Das waren'}: ${charges(page, today)}.`;
  },
  spendingByCategory: (a, shares) => {
    if (a.count === 0 || a.totals.length === 0) return nothingSpent(a);
    const all = `Insgesamt hast du ${period(a.period)} ${amounts(a.totals)}${where(a)} ausgegeben, ${count(a.count, 'in einer Zahlung', 'Zahlungen')}.`;
    const [first, ...rest] = shares;
    if (!first) return `${all} Keine dieser Zahlungen hat eine Kategorie, die ich kenne.`;
    const next = rest.map((s) => `${categoryName(s.category, 'de-DE')} mit ${m(s.total)}`);
    const then = next.length > 0 ? ` Danach ${next.length === 1 ? 'kommt' : 'kommen'} ${joinAnd(next, 'de-DE')}.` : '';
    return `Am meisten hast du ${period(a.period)}${where(a)} für ${categoryName(first.category, 'de-DE')} ausgegeben: ${m(first.total)}.${then} ${all}`;
  },
  spending: (a) =>
    a.count === 0 || a.totals.length === 0
      ? nothingSpent(a)
      : `Du hast ${period(a.period)} ${amounts(a.totals)}${where(a)} ausgegeben, ${count(a.count, 'in einer Zahlung', 'Zahlungen')}.`,
  largestPayment: (a, t, today, quiet) => {
    if (!t) return nothingSpent(a);
    if (quiet) return `Ich habe deine größte Zahlung${where(a)} ${period(a.period)} gefunden.`;
    const at = t.merchant && !a.merchant ? ` bei ${spokenBankText(t.merchant, 'de-DE')}` : '';
    // Ort und Tag, dann der Betrag in einem eigenen Satz: der diskrete Modus lässt Ort und Tag.
    return `Deine größte Zahlung${where(a)} ${period(a.period)} war${at}${at ? ',' : ''} ${onDay(t.date, today)}. Das waren ${m(absolute(t.amount))}.`;
  },
  latestPayment: (a, t, today, quiet) => {
    if (!t && a.earlier) return `Ich sehe keine frühere Zahlung${where(a)}${a.period ? ` ${period(a.period)}` : ' in deinem Verlauf'}.`;
    if (!t) return a.period ? nothingSpent({ ...a, period: a.period, totals: [], count: 0 }) : `Ich sehe keine Zahlung${where(a)} in deinem Verlauf.`;
    if (quiet) return a.earlier ? `Ich habe die Zahlung${where(a)} davor gefunden.` : `Ich habe deine letzte Zahlung${where(a)}${a.period ? ` ${period(a.period)}` : ''} gefunden.`;
    // The day and the amount in sentences of their own: discreet mode leaves the day.
    const at = t.merchant && !a.merchant ? `bei ${spokenBankText(t.merchant, 'de-DE')}, ` : '';
    if (a.earlier) return `Davor war deine Zahlung${where(a)} ${at}${onDay(t.date, today)}. Das waren ${m(absolute(t.amount))}.`;
    return `Deine letzte Zahlung${where(a)}${a.period ? ` ${period(a.period)}` : ''} war ${at}${onDay(t.date, today)}. Das waren ${m(absolute(t.amount))}.`;
  },
  lastSent: (answers, today, quiet) =>
    answers
      .map((a) => {
        if (a.latest && quiet) return `Ich habe deine letzte Überweisung an ${a.payee}${a.period ? ` ${period(a.period)}` : ''} gefunden.`;
        if (a.latest) return `Deine letzte Überweisung an ${a.payee}${a.period ? ` ${period(a.period)}` : ''} war ${onDay(a.latest.date, today)}. Das waren ${m(absolute(a.latest.amount))}.`;
        return a.period ? `Du hast ${period(a.period)} nichts an ${a.payee} überwiesen.` : `Ich sehe keine Überweisung an ${a.payee} in deinem Verlauf.`;
      })
      .join(' '),
  sent: (answers) =>
    answers
      .map((a) =>
        a.count === 0 || a.totals.length === 0
          ? `Du hast ${period(a.period)} nichts an ${a.payee} überwiesen.`
          : `Du hast ${period(a.period)} ${amounts(a.totals)} an ${a.payee} überwiesen, ${count(a.count, 'in einer Überweisung', 'Überweisungen')}.`,
      )
      .join(' '),
  sentInAll: (a) =>
    a.count === 0 || a.totals.length === 0 ? `Du hast ${period(a.period)} nichts überwiesen.` : `Du hast ${period(a.period)} ${amounts(a.totals)} überwiesen, ${count(a.count, 'in einer Überweisung', 'Überweisungen')}.`,
  unknownCategory: (heard) =>
    // Die Namen als Aufzählung im Nominativ: "nach Lebensmittel" wäre falsch gebeugt.
    `Die Kategorie ${heard} kenne ich nicht. Ich kenne zum Beispiel diese: ${joinAnd(CATEGORY_IDS.slice(0, 5).map((c) => categoryName(c, 'de-DE')), 'de-DE')}.`,
  beforeHistory: (first) => `Deine Bank zeigt mir deine Umsätze erst ab dem ${spokenDay(first, 'de-DE')}, daher kann ich zu dieser Zeit nichts sagen. Du kannst nach jedem Tag seitdem fragen.`,
  periodNotUnderstood: () =>
    'Entschuldigung, den Zeitraum habe ich nicht verstanden. Du kannst zum Beispiel letzten Monat, diese Woche oder im Oktober sagen.',
  nothingToFollow: () => 'Entschuldigung, ich weiß nicht genau, worauf du dich beziehst. Du kannst zum Beispiel fragen: Wie viel habe ich letzten Monat für Lebensmittel ausgegeben?',
  lastDeposit: (t, today, into, quiet) =>
    quiet
      ? `Ich habe deinen letzten Geldeingang${into ? ` auf ${GERMAN_ACCOUNT_NAMES[into].deinem}` : ''} gefunden.`
      : `Dein letzter Geldeingang${into ? ` auf ${GERMAN_ACCOUNT_NAMES[into].deinem}` : ''} war ${onDay(t.date, today)}: ${m(t.amount)}${t.merchant ? ` von ${spokenBankText(t.merchant, 'de-DE')}` : `, ${spokenBankText(t.description, 'de-DE')}`}${t.status === 'pending' ? ', noch vorgemerkt' : ''}.`,
  depositBefore: (t, today, into, quiet) =>
    quiet
      ? `Ich habe den Geldeingang${into ? ` auf ${GERMAN_ACCOUNT_NAMES[into].deinem}` : ''} davor gefunden.`
      : `Davor kam ${onDay(t.date, today)} ${m(t.amount)}${into ? ` auf ${GERMAN_ACCOUNT_NAMES[into].dein}` : ''}${t.merchant ? ` von ${spokenBankText(t.merchant, 'de-DE')}` : `, ${spokenBankText(t.description, 'de-DE')}`}${t.status === 'pending' ? ', noch vorgemerkt' : ''}.`,
  noEarlierDeposit: (into, from) => `${from === 'interest' ? 'Frühere Zinsen' : 'Einen früheren Geldeingang'}${whence(from)}${into ? ` auf ${GERMAN_ACCOUNT_NAMES[into].deinem}` : ''} sehe ich nicht.`,
  income: (totals, n, p, into, from) =>
    `Du hast ${period(p)} ${amounts(totals)}${from === 'interest' ? ' an Zinsen' : whence(from)}${into ? ` auf ${GERMAN_ACCOUNT_NAMES[into].deinem}` : ''} bekommen, ${count(n, 'mit einem Geldeingang', 'Geldeingänge')}.`,
  noIncome: (p, into, from) => {
    const what = `${from === 'interest' ? 'keine Zinsen' : 'keine Geldeingänge'}${whence(from)}${into ? ` auf ${GERMAN_ACCOUNT_NAMES[into].deinem}` : ''}`;
    return p ? `Ich sehe ${period(p)} ${what}.` : `Ich sehe in letzter Zeit ${what}.`;
  },
};
