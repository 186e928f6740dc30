import type { Money } from '../../kit/money';
import { formatMoney } from '../../speech/money';
import { onSpokenRelativeDay, relativeDay, spokenDay } from '../../speech/dates';
import { joinAnd } from '../../speech/lists';
import type { CardsSpeech, SpokenCard } from './catalog';
import { spokenBankText } from '../../speech/bank-text';

const m = (amount: Money) => formatMoney(amount, 'de-DE');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const CARD_NAMES = { debit: 'Girokarte', credit: 'Kreditkarte' } as const;

/** A card in the nominative or dative ("deine Girokarte", "deiner Girokarte"), with its digits. */
function card(c: SpokenCard, dative = false): string {
  return `${dative ? 'deiner' : 'deine'} ${CARD_NAMES[c.kind]} mit der Endung ${c.last4}`;
}

/** The cards feature's sentences in German. */
export const deDECards: CardsSpeech = {
  statement: (s, detail, today) => {
    const of = s.card.named ? `deiner Kreditkarte mit der Endung ${s.card.last4}` : 'deiner Kreditkarte';
    const due = `am ${spokenDay(s.dueDate, 'de-DE')}`;
    const more = s.owedNow ? ` Mit den Umsätzen seit der Abrechnung sind auf der Karte insgesamt ${m(s.owedNow)} offen.` : '';
    const available = ` Verfügbar sind noch ${m(s.availableCredit)}.`;
    if (s.statementBalance.minor === 0 && detail !== 'available-credit') {
      const since = s.owedNow ? ` Für Umsätze seit der Abrechnung sind ${m(s.owedNow)} offen.` : '';
      return `Die Abrechnung ${of} ist vollständig bezahlt, ${due} ist also nichts fällig.${since}${detail === undefined ? available : ''}`;
    }
    const minimumPaid = s.minimumPayment.minor === 0;
    switch (detail) {
      case 'statement-balance':
        return `Der Abrechnungssaldo ${of} beträgt ${m(s.statementBalance)}.${more}`;
      // Jeder Satz steht für sich: der diskrete Modus lässt die mit Betrag weg, und der Rest liest sich noch.
      case 'minimum-payment':
        return minimumPaid
          ? `Die Mindestzahlung für ${of.replace('deiner', 'deine')} hast du schon bezahlt, der Rest des Abrechnungssaldos ist ${due} fällig. Das sind ${m(s.statementBalance)}.`
          : `Die Mindestzahlung für ${of.replace('deiner', 'deine')} beträgt ${m(s.minimumPayment)}. Die Zahlung ist ${due} fällig.`;
      case 'due-date': {
        const owes = minimumPaid ? ` Die Mindestzahlung hast du schon bezahlt; der Rest des Abrechnungssaldos beträgt ${m(s.statementBalance)}.` : ` Die Mindestzahlung beträgt ${m(s.minimumPayment)}, der Abrechnungssaldo ${m(s.statementBalance)}.`;
        return `Die Zahlung für ${of.replace('deiner', 'deine')} ist ${relativeDay(s.dueDate, today) === 'today' ? 'heute' : due} fällig.${owes}`;
      }
      case 'available-credit':
        return `Auf ${of} sind noch ${m(s.availableCredit)} verfügbar. Dein Kreditrahmen beträgt ${m(s.creditLimit)}.`;
      case undefined:
        return minimumPaid
          ? `Der Abrechnungssaldo ${of} beträgt ${m(s.statementBalance)}, die Mindestzahlung hast du schon bezahlt. Der Rest ist ${due} fällig.${more}${available}`
          : `Der Abrechnungssaldo ${of} beträgt ${m(s.statementBalance)}, die Mindestzahlung ${m(s.minimumPayment)}. Die Zahlung ist ${due} fällig.${more}${available}`;
    }
  },
  noCreditCard: () => 'Bei dieser Bank hast du keine Kreditkarte.',
  confirmCardChange: (list, lock) => `Soll ich ${joinAnd(list.map((c) => card(c)), 'de-DE')} ${lock ? 'sperren' : 'entsperren'}? Bitte sag ja oder nein.`,
  allOrOne: (list, lock) => `Soll ich ${list.length === 2 ? 'beide' : 'alle'} ${lock ? 'sperren' : 'entsperren'}, ${joinAnd(list.map((c) => card(c)), 'de-DE')}? Sag ja für ${list.length === 2 ? 'beide' : 'alle'}, oder nenne die eine Karte.`,
  noneChosen: () => 'Es ist noch keine ausgewählt.',
  cardsChanged: (list, lock) =>
    `Erledigt. ${capitalise(joinAnd(list.map((c) => card(c)), 'de-DE'))} ${list.length === 1 ? 'ist' : 'sind'} jetzt ${lock ? 'gesperrt' : 'entsperrt'}.`,
  cardChangeUnsure: (list, lock) =>
    `Deine Bank hat nicht geantwortet, deshalb weiß ich nicht, ob ${joinAnd(list.map((c) => card(c)), 'de-DE')} ${lock ? 'gesperrt' : 'entsperrt'} ${list.length === 1 ? 'ist' : 'sind'}. Bitte sieh in der App deiner Bank nach, oder frag mich gleich noch einmal.`,
  cardsStay: (list, locked) => `${capitalise(joinAnd(list.map((c) => card(c)), 'de-DE'))} ${list.length === 1 ? 'bleibt' : 'bleiben'} ${locked ? 'gesperrt' : 'entsperrt'}.`,
  noCardToChange: (list, lock) =>
    `${capitalise(joinAnd(list.map((c) => card(c)), 'de-DE'))} ${list.length === 1 ? 'ist' : 'sind'} ${lock ? 'schon gesperrt' : 'nicht gesperrt'}.`,
  noSuchCard: () => 'So eine Karte habe ich nicht gefunden.',
  fraudLeftOpen: () => 'Okay, die Zahlung lasse ich erst einmal. An deiner Karte hat sich nichts geändert, und die Zahlung ist weiter markiert: frag mich jederzeit nach verdächtigen Umsätzen.',
  fraudLeftForLater: () => 'Die Zahlung lasse ich erst einmal. Sie ist weiter markiert: frag mich nach verdächtigen Umsätzen, wenn du so weit bist.',
  fraudHelp: () => 'Ich prüfe mit dir eine Zahlung mit deiner Karte. Sag ja, wenn du sie gemacht hast. Sag nein, wenn nicht, dann sperre ich die Karte und melde die Zahlung deiner Bank.',
  fraudUnsure: () =>
    'Wenn du nicht sicher bist, ob du oder jemand, dem du deine Karte gegeben hast, die Zahlung gemacht hat, sag nein: Dann sperre ich die Karte und melde die Zahlung, und deine Bank prüft sie. Stellt sie sich als deine heraus, kannst du die Karte später wieder entsperren. Wenn du sie gemacht hast, sag ja.',
  fraudReportedHelp: () =>
    'Deine Karte bleibt gesperrt, und deine Bank prüft jetzt die Zahlung. Entsperren kannst du sie, indem du mich fragst, oder in der App deiner Bank. Falls du die Zahlung doch gemacht hast, sag: das war ich.',
  fraudGenuineHelp: () => 'Deine Bank weiß jetzt, dass die Zahlung von dir war, und deine Karte bleibt, wie sie ist. Falls du sie doch nicht gemacht hast, sag: das war ich nicht.',
  cardChangeHelp: (lock, several) =>
    `${lock ? 'Sag ja zum Sperren, dann geht keine neue Zahlung mehr durch' : 'Sag ja zum Entsperren, dann gehen Zahlungen wieder durch'}, oder nein, dann ändere ich nichts.${several ? ' Du kannst auch nur eine Karte nennen.' : ''}`,
  cardStatus: (list) => `${capitalise(joinAnd(list.map((c) => `${card(c)} ist ${c.locked ? 'gesperrt' : 'nicht gesperrt'}`), 'de-DE'))}.`,
  cardsUnchanged: (lock = true, several = false) => `In Ordnung, ich habe nichts geändert.${several ? ` Wenn du nur eine davon ${lock ? 'sperren' : 'entsperren'} möchtest, sag es mit der Karte, zum Beispiel: ${lock ? 'sperr' : 'entsperr'} meine Kreditkarte.` : ''}`,
  fraudQuestion: (alert, c, today, firstName, asked) =>
    `${firstName ? `Willkommen zurück, ${firstName}. Bevor wir anfangen: Hast` : 'Ich möchte eine Zahlung mit dir prüfen. Hast'} du ${onSpokenRelativeDay(alert.at, today, 'de-DE')} bei ${spokenBankText(alert.merchant, 'de-DE')} eingekauft${c ? `, mit ${card(c, true)}` : ''}? Es waren ${m(alert.amount)}. ${asked ? 'Sag ja, wenn du es warst, oder nein, wenn nicht.' : 'Bitte sag ja oder nein.'}`,
  fraudReprompt: (alert) => `Hast du bei ${spokenBankText(alert.merchant, 'de-DE')} eingekauft? Bitte sag ja oder nein.`,
  fraudGenuine: () => 'Danke. Ich habe die Zahlung als echt markiert.',
  genuineNotPermitted: () =>
    'Mit dem Zugriff, den du mir hier gegeben hast, kann ich eine Zahlung melden, aber nicht als deine bestätigen. Sie bleibt also markiert, und deine Karte bleibt, wie sie ist. Bitte bestätige sie in der App deiner Bank.',
  fraudReported: (c, appOnly) =>
    `Ich habe ${c ? card(c) : 'deine Karte'} gesperrt und die Zahlung deiner Bank als Betrug gemeldet. Du kannst die Karte später entsperren, ${appOnly ? 'in der App deiner Bank' : 'bei mir oder in der App deiner Bank'}.`,
  fraudReportedNotLocked: (c) => `Ich habe die Zahlung deiner Bank als Betrug gemeldet, konnte ${c ? card(c) : 'deine Karte'} aber nicht sperren. Bitte sperr sie in der App deiner Bank, oder ruf deine Bank an.`,
  fraudNeitherDone: (c) => `Deine Bank antwortet nicht, deshalb konnte ich ${c ? card(c) : 'deine Karte'} weder sperren noch die Zahlung melden. Bitte ruf jetzt deine Bank dazu an.`,
  fraudLockedNotReported: (c) => `Ich habe ${c ? card(c) : 'deine Karte'} gesperrt, konnte die Zahlung aber nicht an deine Bank melden. Bitte ruf deine Bank dazu an.`,
  fraudReportTakenBack: () => 'Meinst du, dass du den Einkauf doch selbst gemacht hast? Bitte sag ja oder nein.',
  fraudReportStands: () => 'In Ordnung. Der Einkauf bleibt als Betrug gemeldet.',
  fraudMindChanged: (c) =>
    `Ich habe die Zahlung deiner Bank schon als Betrug gemeldet. Wenn du sie doch selbst gemacht hast, sag bitte deiner Bank in ihrer App Bescheid.${c ? ` ${capitalise(card(c))} ist gesperrt. Soll ich sie entsperren? Bitte sag ja oder nein.` : ''}`,
  genuineMindChanged: (c) =>
    `Falls du meinst, dass du die Zahlung doch nicht gemacht hast: Ich habe deiner Bank schon gesagt, dass sie von dir war, also ruf bitte gleich deine Bank deswegen an.${c ? ` Soll ich ${card(c)} bis dahin sperren? Bitte sag ja oder nein.` : ''}`,
  noSuspiciousActivity: () => 'Ich sehe keine verdächtigen Umsätze auf deinen Karten.',
  notFlagged: (merchant, more, last) => {
    const lastOne = last ? ` Zuletzt hast du dort ${last.day} ${m(last.amount)} bezahlt.` : '';
    return more
      ? `Eine Zahlung bei ${merchant} hat deine Bank nicht markiert.${lastOne} Aber sie hat eine andere markiert.`
      : `Eine Zahlung bei ${merchant} hat deine Bank nicht markiert.${lastOne} Wenn du sie nicht gemacht hast, ruf bitte deine Bank an. Ich kann deine Karte so lange sperren: Sag einfach, sperr meine Karte.`;
  },
};
