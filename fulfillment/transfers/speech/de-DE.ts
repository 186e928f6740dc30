import type { Account, AccountKind } from '../../banks/bank-types';
import type { CardOption } from '../card-option-words';
import type { Money } from '../../kit/money';
import { spelledAmount } from './spelled';
import { confusableTwin } from '../confusable';
import { currencyName, formatMoney } from '../../speech/money';
import { joinAnd, joinOr } from '../../speech/lists';
import { optionOf, type Destination, type TransferSpeech, type UndoTarget } from './catalog';
import { okayChanged } from './changed';
import { sharedName } from '../payee-match';
import type { TransferStep } from '../draft';

const DIGITS = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const KIND: Readonly<Record<AccountKind, { von: string; auf: string }>> = {
  checking: { von: 'deinem Girokonto', auf: 'dein Girokonto' },
  savings: { von: 'deinem Sparkonto', auf: 'dein Sparkonto' },
  'credit-card': { von: 'deiner Kreditkarte', auf: 'deine Kreditkarte' },
};

const m = (a: Money) => formatMoney(a, 'de-DE');
/** Die Zehner und die Zahlen ab dreizehn, die eine Betragsprüfung nennt ("fünfzig, nicht fünfzehn"). */
const NUMBER_WORDS: Readonly<Record<number, string>> = {
  13: 'dreizehn', 14: 'vierzehn', 15: 'fünfzehn', 16: 'sechzehn', 17: 'siebzehn', 18: 'achtzehn', 19: 'neunzehn',
  30: 'dreißig', 40: 'vierzig', 50: 'fünfzig', 60: 'sechzig', 70: 'siebzig', 80: 'achtzig', 90: 'neunzig',
};
const von = (a: Account) => `${KIND[a.kind].von} mit der Endung ${a.last4}`;
const auf = (a: Account) => `${KIND[a.kind].auf} mit der Endung ${a.last4}`;
/** Where the money goes in the read-back: to a person "an", onto an account of one's own "auf". */
const wohinGenau = (d: Destination) => ('payee' in d ? `an ${d.payee.name}, Konto mit der Endung ${d.payee.last4}` : `auf ${auf(d.account)}`);
/** Where the money went, after "Überweisung". */
const wohin = (d: Destination) => ('payee' in d ? `an ${d.payee.name}` : `auf ${auf(d.account)}`);
/** " an Jonas Weber" after "Überweisung", or nothing when where it went is not known. */
const wohinAuch = (d: Destination | undefined) => (d ? ` ${wohin(d)}` : '');
/** An undoable transfer by its payee ("an Jonas Weber") or its amount ("über 20,00 €"). */
const anWen = (u: UndoTarget) => (u.to ? `an ${u.to}` : u.amount ? `über ${m(u.amount)}` : 'von eben');
const ueberweisungen = (us: readonly UndoTarget[]) => `${us.length === 1 ? 'deine Überweisung' : 'deine Überweisungen'} ${joinAnd(us.map(anWen), 'de-DE')}`;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const spelled = (a: Money) => spelledAmount(a, DIGITS, 'Komma');
const ZAHLST: Readonly<Record<CardOption, string>> = { statement: 'den Rechnungsbetrag', minimum: 'die Mindestzahlung', balance: 'den gesamten Kartensaldo' };
const optionPaid = (o: CardOption) => `Du zahlst ${ZAHLST[o]}.`;
// Eine Kartenzahlung, nach ihrer Option gewählt, nennt die Option mit dem Betrag.
const amountIs = (a: Money, option?: CardOption) => (option ? `Du zahlst ${ZAHLST[option]}: ${m(a)}.` : `Der Betrag ist ${m(a)}.`);
const summary = (a: Money, d: Destination, from: Account) => `Du überweist ${wohinGenau(d)}, von ${von(from)}. ${amountIs(a, optionOf(d))}`;

/** What to say at each step when two answers in a row could not be used. */
const GERMAN_HINTS: Readonly<Record<TransferStep, string>> = {
  amount: 'Sag einen Betrag, zum Beispiel fünfzig Euro.',
  payee: 'Sag den Namen eines deiner Empfänger.',
  'choose-payee': 'Sag den ganzen Namen, oder sag zum Beispiel: die erste.',
  source: 'Sag, welches Konto, zum Beispiel Girokonto oder Sparkonto.',
  target: 'Sag, welches Konto, zum Beispiel Girokonto oder Sparkonto.',
  'card-option': 'Sag Rechnungsbetrag, Mindestzahlung oder einen Betrag.',
  'check-amount': 'Sag ja oder nein.',
  'check-duplicate': 'Sag ja oder nein.',
  confirm: 'Sag ja oder nein.',
  change: 'Sag, was sich ändern soll: der Betrag, der Empfänger oder das Konto.',
  // Zwei Antworten nacheinander, die keine PIN waren, sind vielleicht eine vergessene PIN.
  pin: 'Sag die vier Ziffern deiner Sprach-PIN. Wenn du sie vergessen hast, sag: Ich habe meine PIN vergessen.',
  approval: 'Gib die Überweisung in der App deiner Bank frei und sag dann weiter.',
};

/** German transfer sentences, with "du". */
export const deDETransfer: TransferSpeech = {
  askAmount: (d, shared) => {
    const where = d ? ('payee' in d ? `an ${d.payee.name}` : `auf ${auf(d.account)}`) : shared && `an ${shared}`;
    return where ? `Wie viel möchtest du ${where} überweisen?` : 'Wie viel möchtest du überweisen?';
  },
  askPayee: () => 'An wen möchtest du Geld überweisen?',
  // "Welche Anna meinst du", wie man fragt, wenn die Namen gleich beginnen.
  choosePayee: (names) => `Welche ${sharedName(names) ?? 'Person'} meinst du: ${joinOr(names, 'de-DE')}?`,
  onlyOneNamed: (name) => `${name} ist dein einziger Empfänger mit diesem Namen. Soll das Geld an jemand anderen gehen, sag mir, an wen.`,
  noSuchPayee: (heard, names) => `Einen Empfänger namens ${heard} habe ich nicht gefunden. Deine Empfänger sind ${joinAnd(names, 'de-DE')}.`,
  noPayees: () => 'Du hast noch keine Empfänger. Du kannst sie in der App deiner Bank anlegen.',
  askSource: (accounts) => `Von welchem Konto: ${joinOr(accounts.map(von), 'de-DE')}?`,
  askTarget: (accounts) => `Auf welches Konto: ${joinOr(accounts.map(auf), 'de-DE')}?`,
  sameAccount: () => 'Von diesem Konto kommt das Geld.',
  wasTarget: () => 'Auf dieses Konto sollte das Geld gehen.',
  isTarget: () => 'Dorthin geht das Geld schon. Soll es andersrum gehen, sag einfach: andersrum.',
  notASource: () => 'Von deiner Kreditkarte kann ich kein Geld überweisen.',
  askCardOption: (statement, minimum, whole) =>
    (minimum.minor > 0
      ? `Möchtest du den Rechnungsbetrag, die Mindestzahlung oder einen anderen Betrag zahlen? Der Rechnungsbetrag ist ${m(statement)}. Die Mindestzahlung ist ${m(minimum)}.`
      : `Die Mindestzahlung hast du schon bezahlt. Möchtest du den restlichen Rechnungsbetrag oder einen anderen Betrag zahlen? Vom Rechnungsbetrag sind noch ${m(statement)} offen.`) +
    (whole ? ` Du kannst auch den gesamten Kartensaldo zahlen: ${m(whole)}.` : ''),
  statementPaid: () => 'Der Rechnungsbetrag deiner Karte ist schon bezahlt.',
  checkAmount: (a) => {
    // "Fünfzig, nicht fünfzehn": der Zwilling, den man hätte hören können, genannt; jeder andere Betrag in Ziffern.
    const twin = confusableTwin(a);
    return twin
      ? `Nur zur Sicherheit: Der Betrag ist ${m(a)}, also ${NUMBER_WORDS[twin.said]}, nicht ${NUMBER_WORDS[twin.twin]}. Stimmt das?`
      : `Nur zur Sicherheit: Der Betrag ist ${m(a)}, also ${spelled(a)}. Stimmt das?`;
  },
  checkLarge: (a, option) => (option ? `Das ist ein hoher Betrag. ${amountIs(a, option)} Bist du sicher?` : `Das ist ein hoher Betrag: ${m(a)}. Bist du sicher?`),
  optionPaid,
  amountIs,
  summary,
  confirm: (a, d, from) => `${summary(a, d, from)} Soll ich das überweisen?`,
  askPin: (left) =>
    `Bitte sag deine vierstellige Sprach-PIN.${left === undefined ? '' : ` Du hast noch ${left === 1 ? 'einen Versuch' : `${left} Versuche`}, bevor Zahlungen per Sprache gesperrt werden.`}`,
  wrongPin: (left, heardAsAmount) =>
    `Diese PIN stimmt nicht. Du hast noch ${left === 1 ? 'einen Versuch' : `${left} Versuche`}.${heardAsAmount ? ' Für einen anderen Betrag sag: von vorne.' : ''} Bitte sag deine PIN noch einmal.`,
  pinLocked: () => 'Deine Sprach-PIN ist nach zu vielen Fehlversuchen gesperrt, deshalb kann ich per Sprache kein Geld bewegen. Sie wird innerhalb eines Tages von selbst wieder frei; bis dahin nutze bitte die App deiner Bank.',
  forgotPin: (unsent) =>
    `${unsent ? 'Es wurde nichts überwiesen. ' : ''}Deine Sprach-PIN hast du gewählt, als du deine Bank mit diesem Skill verknüpft hast. Für eine neue verknüpfst du deine Bank in der App deines Sprachassistenten noch einmal. Für die PIN deiner Karte nutze bitte die App deiner Bank.`,
  pinNotEnrolled: () => 'Du hast keine Sprach-PIN eingerichtet, deshalb kann ich per Sprache kein Geld bewegen. Bitte nutze die App deiner Bank.',
  approvalSent: () => 'Ich habe die Überweisung an die App deiner Bank geschickt. Gib sie dort frei und sag dann weiter.',
  approvalPending: () => 'Die Freigabe in der App steht noch aus. Gib sie dort frei und sag dann weiter, oder sag abbrechen.',
  approvalWhenDone: () => 'Sobald du sie in der App deiner Bank freigegeben hast, sag weiter. Oder sag abbrechen.',
  approvalRefused: () => 'Die Überweisung wurde in der App nicht freigegeben, es wurde also nichts überwiesen.',
  approvalLeftInApp: () => 'Die frühere Anfrage wartet noch in der App deiner Bank. Bitte lehne sie dort ab.',
  expiredButApproved: () =>
    'Auf diese Überweisung habe ich nicht mehr gewartet, aber sie wurde in der App deiner Bank freigegeben. Deine Bank hat sie also vielleicht ausgeführt. Bitte sieh in deiner Banking-App nach, bevor du sie noch einmal beauftragst.',
  expiredApprovalWithdrawn: () => 'Die Anfrage, die in der App deiner Bank gewartet hat, habe ich zurückgezogen.',
  sent: (d, minutes) =>
    'payee' in d
      ? `Erledigt. Deine Überweisung an ${d.payee.name} ist unterwegs.${minutes ? ` Wenn du es dir anders überlegst, sag ${minutes === 1 ? 'innerhalb einer Minute' : `innerhalb von ${minutes} Minuten`}: Überweisung stornieren.` : ''}`
      : `Erledigt. Das Geld ist auf ${von(d.account)}.`,
  goOnWithNext: (payee) => `Sollen wir jetzt die an ${payee} machen?`,
  nextLeft: (payee) => `Okay, an ${payee} habe ich nichts überwiesen.`,
  bankDownNothingSent: () => 'Deine Bank antwortet gerade nicht, es wurde also nichts überwiesen. Bitte versuche es gleich noch einmal.',
  insufficientFunds: (from) => `Auf ${von(from)} ist dafür nicht genug Geld, es wurde also nichts überwiesen.`,
  overLimit: (b) =>
    b === 'hourly'
      ? 'Das wären mehr Überweisungen, als ich in einer Stunde per Sprache senden kann, es wurde also nichts überwiesen. Bitte nutze dafür die App deiner Bank, oder versuch es später noch einmal.'
      : `Das ist über deinem ${b === 'per-transfer' ? 'Limit für eine Sprachüberweisung' : 'Tageslimit für Sprachüberweisungen'}, es wurde also nichts überwiesen. Bitte nutze dafür die App deiner Bank.`,
  onlyOnce: () => 'Ich kann das nur einmal überweisen, nicht regelmäßig. Einen Dauerauftrag richtest du in deiner Banking-App ein.',
  onlyRightAway: () => 'Ich kann Geld nur sofort überweisen, nicht an einem späteren Tag. Eine Terminüberweisung richtest du in deiner Banking-App ein.',
  lastTimeAmount: (payee, amount, day) => `Zuletzt hast du ${payee} ${day} ${m(amount)} überwiesen.`,
  sameAsJustSent: (payee, amount) => `Das sind ${m(amount)}, wie eben an ${payee}.`,
  paidBefore: (payee, day) => `Zuletzt hast du ${day} an ${payee} überwiesen.`,
  paidNoneBefore: (payees) => (payees.length > 0 ? `Ich finde keine frühere Überweisung an ${joinOr(payees, 'de-DE')}.` : 'Ich finde keine frühere Überweisung an einen deiner Empfänger.'),
  nothingToRepeat: () => 'Ich finde keine frühere Überweisung, die ich wiederholen könnte.',
  noEarlierTransfer: (payee, kept) => `Ich finde keine frühere Überweisung an ${payee}.${kept ? ` Der Betrag bleibt ${m(kept)}.` : ''}`,
  wholeBalance: (from, amount) => `Auf ${von(from)} sind insgesamt ${m(amount)}.`,
  halfBalance: (from, amount) => `Die Hälfte von dem, was auf ${von(from)} ist, sind ${m(amount)}.`,
  mostAllowed: (amount) => `Per Sprache kannst du gerade höchstens ${m(amount)} überweisen.`,
  stillUnconfirmed: (d) =>
    `Deine Bank hat deine Überweisung${wohinAuch(d)} noch nicht bestätigt. Sie kann noch ausgeführt werden, also schick sie bitte nicht noch einmal. Du kannst in deiner Banking-App nachsehen.`,
  notSentYet: () => 'Noch nicht: Diese Überweisung geht erst raus, wenn wir sie fertig haben.',
  noRecentTransfer: () => 'Ich sehe keine Sprachüberweisung aus den letzten 24 Stunden. Alle deine Überweisungen findest du in deiner Banking-App.',
  noRecentTransferTo: (names) => `Eine Sprachüberweisung an ${joinOr(names, 'de-DE')} sehe ich in letzter Zeit nicht. Alle deine Überweisungen findest du in deiner Banking-App.`,
  lastTransferWas: (status, d) => {
    const was = d ? `Deine letzte Sprachüberweisung ging ${wohin(d)}.` : 'Ich habe deine letzte Sprachüberweisung gefunden.';
    const stands = { completed: 'Deine Bank hat sie ausgeführt.', pending: 'Deine Bank hat sie, und sie ist unterwegs.', cancelled: 'Sie wurde storniert, das Geld ist auf deinem Konto geblieben.', rejected: 'Deine Bank hat sie abgelehnt, es wurde nichts gesendet.' }[status];
    return `${was} ${stands}`;
  },
  replacesTransfer: (payee) => `Das ersetzt die Überweisung an ${payee}, die wird nicht gesendet.`,
  transferAmountWas: (amount) => `Der Betrag war ${m(amount)}.`,
  lastTransferStatus: (status, d) => {
    const where = wohinAuch(d);
    if (status === 'completed') return `Ja. Deine Bank hat deine Überweisung${where} ausgeführt.`;
    if (status === 'pending') return `Ja. Deine Bank hat deine Überweisung${where} angenommen, und sie ist unterwegs.`;
    if (status === 'cancelled') return `Deine Überweisung${where} wurde storniert, das Geld ist auf deinem Konto geblieben.`;
    return `Deine Bank hat deine Überweisung${where} abgelehnt, es wurde also nichts überwiesen.`;
  },
  wholeAmountDiscreet: () => 'Der diskrete Modus ist an, deshalb sage ich nicht, was das zusammen ergibt. Bitte nenne stattdessen den ganzen Betrag.',
  wholeBalanceDiscreet: () => 'Der diskrete Modus ist an, deshalb sage ich nicht, was auf deinem Konto ist. Bitte nenne stattdessen einen Betrag.',
  nothingToMove: (from) => `Auf ${von(from)} ist nichts, was ich überweisen könnte.`,
  oneAtATime: (next) => `Ich kann immer nur eine Überweisung auf einmal machen, also zuerst diese. ${next ? `Danach machen wir die an ${next}.` : 'Danach sag mir die nächste.'}`,
  notEnoughAskAgain: (from, other) =>
    `Auf ${von(from)} ist dafür nicht genug Geld, es wurde also nichts überwiesen. Du kannst einen kleineren Betrag nennen${other ? ' oder ein anderes Konto, von dem das Geld kommen soll' : ' oder abbrechen'}.`,
  overLimitAskAgain: (b, max, left) =>
    `Das ist über deinem ${b === 'per-transfer' ? 'Limit für eine Sprachüberweisung' : 'Tageslimit für Sprachüberweisungen'}, es wurde also nichts überwiesen.${max ? ` Per Sprache kannst du höchstens ${m(max)} auf einmal überweisen.` : ''}${left ? ` Heute kannst du per Sprache noch ${m(left)} überweisen.` : ''} Du kannst einen kleineren Betrag nennen oder abbrechen und die App deiner Bank nutzen.`,
  uncertain: () => 'Deine Bank hat diese Überweisung noch nicht bestätigt. Sie kann noch ausgeführt werden, also schick sie bitte nicht noch einmal. Ich sage dir Bescheid, sobald deine Bank sie bestätigt, oder du siehst in deiner Banking-App nach.',
  duplicateWarning: (a, d) =>
    `Deine Bank hat deine frühere Überweisung ${wohin(d)} noch nicht bestätigt, und sie kann noch ausgeführt werden. Der Betrag ist ${m(a)}. Willst du dieselbe Überweisung wirklich noch einmal schicken?`,
  earlierSent: (d) => `Deine Bank hat deine frühere Überweisung${wohinAuch(d)} jetzt bestätigt. Sie wurde ausgeführt.`,
  earlierNotSent: (d) => `Deine frühere Überweisung${wohinAuch(d)} wurde nicht ausgeführt, es wurde also nichts überwiesen.`,
  approvalUnconfirmed: () => 'Deine Bank hat noch nicht bestätigt, dass sie diese Überweisung erhalten hat, also starte sie bitte nicht noch einmal. Sag gleich weiter, dann sehe ich nach.',
  bankRefused: () => 'Deine Bank hat die Überweisung abgelehnt, es wurde also nichts überwiesen.',
  cancelled: () => 'In Ordnung, ich habe das abgebrochen. Es wurde nichts überwiesen.',
  declined: () => 'In Ordnung, ich überweise nichts.',
  expired: () => 'Diese Überweisung ist abgelaufen, es wurde also nichts überwiesen. Du kannst jederzeit neu beginnen.',
  alreadyHandled: () => 'Diese Überweisung wurde bereits bearbeitet.',
  lostTrack: () => 'Entschuldigung, die Überweisung, die du vorbereitet hast, ist mir verloren gegangen. Es wurde nichts überwiesen. Du kannst sie neu beginnen.',
  unreadableAmount: () => 'Entschuldigung, den Betrag habe ich nicht verstanden. Sag ihn zum Beispiel so: fünfzig Euro.',
  exactAmount: () => 'Ich kann nur einen genauen Betrag überweisen.',
  twoAmounts: () => 'Ich habe mehr als einen Betrag gehört.',
  amountAboveZero: () => 'Der Betrag muss größer als null sein.',
  otherCurrency: (from) => `Dein Konto mit der Endung ${from.last4} wird in ${currencyName(from.balance.currency, 'de-DE')} geführt, deshalb kann ich davon nur ${currencyName(from.balance.currency, 'de-DE')} überweisen. Wie viel möchtest du überweisen?`,
  onlyCurrency: (code) => `Ich kann nur in ${currencyName(code, 'de-DE')} überweisen, der Währung deines Kontos.`,
  didNotGet: () => 'Entschuldigung, das habe ich nicht verstanden.',
  onlyChoices: (count) => `Es gibt nur ${DIGITS[count] === 'eins' ? 'eine' : (DIGITS[count] ?? count)}.`,
  noneChosen: () => 'Es ist noch nichts ausgewählt.',
  noToQuestion: () => 'Okay. Wenn du lieber aufhören möchtest, sag noch einmal nein.',
  yesToQuestion: () => 'Gern, dafür brauche ich noch eine Angabe.',
  yesIsNoAnswer: (step) => `Ein Ja beantwortet diese Frage nicht. ${GERMAN_HINTS[step]}`,
  welcome: () => 'Gern geschehen.',
  moreThanOwed: () => 'Das ist mehr, als auf der Karte offen ist; der Rest bleibt dort als Guthaben.',
  startingOver: () => 'Gut, noch einmal von vorne.',
  noPinNeeded: () => 'Gerade wird keine PIN gebraucht, und es liegt keine Überweisung zum Senden bereit. Du kannst zum Beispiel sagen: überweise fünfzig Euro an Anna.',
  struggling: (step) => `Ich verstehe dich gerade nicht gut. ${GERMAN_HINTS[step]} Oder sag abbrechen.`,
  givingUp: () => 'Lass uns hier aufhören. Es wurde nichts überwiesen. Du kannst jederzeit neu beginnen.',
  stepHelp: (step) =>
    `Ich helfe dir bei einer Überweisung. ${
      step === 'confirm' || step.startsWith('check-') ? 'Sag ja, um fortzufahren, oder nein, um etwas zu ändern. Mit abbrechen höre ich auf.' : step === 'pin' ? 'Mit deiner Sprach-PIN stelle ich sicher, dass nur du per Sprache Geld überweist. Ich sage sie nie zurück. Wenn du sie vergessen hast, sag: ich habe meine PIN vergessen.' : step === 'approval' ? 'Gib die Überweisung in der App deiner Bank frei und sag dann weiter.' : `${GERMAN_HINTS[step]} Du kannst auch von vorne sagen, oder abbrechen.`
    }`,
  payeeList: (payees) => (payees.length ? `Deine Empfänger sind ${joinAnd(payees.map((p) => p.name), 'de-DE')}.` : 'Du hast noch keine Empfänger. Du kannst sie in der App deiner Bank anlegen.'),
  limits: (left) =>
    [
      `Per Sprache kannst du bis zu ${m(left.perTransfer)} pro Überweisung senden.`,
      `Dein Tageslimit für Sprachüberweisungen ist ${m(left.daily)}.`,
      left.leftToday.minor === 0
        ? 'Dein heutiges Limit ist ausgeschöpft. Morgen geht es wieder, oder du überweist in der App deiner Bank.'
        : left.leftToday.minor < left.daily.minor
          ? `Heute kannst du noch ${m(left.leftToday)} überweisen.`
          : 'Dein Tageslimit hast du heute noch nicht genutzt.',
      left.transfersLeftThisHour === 0
        ? `Du hast in der letzten Stunde schon ${left.perHour === 1 ? 'eine Sprachüberweisung' : `${left.perHour} Sprachüberweisungen`} gemacht, mehr geht nicht. Bitte warte ${left.nextInMinutes === undefined ? 'etwas' : left.nextInMinutes === 1 ? 'eine Minute' : `${left.nextInMinutes} Minuten`} oder nutze die App deiner Bank.`
        : `Ich kann bis zu ${left.perHour} Überweisungen pro Stunde senden.`,
    ].join(' '),
  undoHelp: () => 'Sag ja, dann storniere ich die Überweisung, die du gerade gemacht hast, solange deine Bank sie noch hält, oder sag nein, dann bleibt sie bestehen.',
  undone: (target) => `Ich habe deine letzte Überweisung${target?.to ? ` an ${target.to}` : ''} storniert. Das Geld ist wieder auf deinem Konto.`,
  nothingToUndo: () => 'Es gibt keine aktuelle Überweisung, die ich noch stornieren kann.',
  undoneThese: (targets) => `Ich habe ${ueberweisungen(targets)} storniert. Das Geld ist wieder auf deinem Konto.`,
  noneOpenTo: (named, lastTo) =>
    `Eine Überweisung an ${named} kann ich per Sprache nicht mehr stornieren, ich habe also nichts storniert.${lastTo ? ` Deine letzte Überweisung ging an ${lastTo}.` : ''} In deiner Banking-App kannst du eine frühere Überweisung stornieren.`,
  lastNotOpen: (lastTo) => `Deine letzte Überweisung${lastTo ? ` an ${lastTo}` : ''} kann ich per Sprache nicht mehr stornieren, ich habe also nichts storniert.`,
  alreadyCancelled: (targets) => `${cap(ueberweisungen(targets))} ${targets.length === 1 ? 'war' : 'waren'} schon storniert, das Geld ist wieder auf deinem Konto.`,
  cancelAsked: (targets) => `Ich habe deine Bank gebeten, ${ueberweisungen(targets)} zu stornieren. In deiner Banking-App siehst du, wann es erledigt ist.`,
  bankDownTransferWaits: () => 'Deine Bank antwortet gerade nicht, deshalb wurde nichts gesendet. Deine Überweisung wartet noch: sag es gleich noch einmal, um weiterzumachen, oder sag abbrechen.',
  cancelUnsure: (targets) => `Ich konnte nicht herausfinden, ob deine Bank ${ueberweisungen(targets)} storniert hat. Sieh bitte in deiner Banking-App nach, oder frag mich gleich noch einmal.`,
  notConfirmedToCancel: (target) => `Deine Bank hat ${ueberweisungen([target])} noch nicht bestätigt, deshalb kann ich sie gerade nicht stornieren. Sieh bitte in deiner Banking-App nach, oder frag mich gleich noch einmal.`,
  stillGoing: (targets) => `${cap(ueberweisungen(targets))} ${targets.length === 1 ? 'ist' : 'sind'} vorerst noch unterwegs.`,
  onlyOneOpen: (only) =>
    `Per Sprache kann ich nur noch deine Überweisung ${anWen(only)} stornieren; eine frühere kannst du in deiner Banking-App stornieren. Soll ich sie stornieren?`,
  confirmUndo: (targets) =>
    targets.length === 1 ? `Soll ich deine Überweisung ${anWen(targets[0] as UndoTarget)} stornieren?` : `Soll ich ${targets.length === 2 ? 'beide' : 'alle'} Überweisungen stornieren, ${joinAnd(targets.map(anWen), 'de-DE')}?`,
  openOnes: (targets) =>
    `Stornieren kann ich noch ${ueberweisungen(targets)}. Sag zum Beispiel: storniere die Überweisung ${anWen(targets[0] as UndoTarget)}.`,
  namesMoreThanOne: (heard) => `Mehr als eine deiner letzten Überweisungen ging an jemanden namens ${heard}, ich habe also noch nichts storniert.`,
  tooLateToUndo: () => 'Deine Bank hat diese Überweisung bereits ausgeführt, sie kann nicht mehr storniert werden.',
  tooLateFor: (targets) => `Deine Bank hat ${ueberweisungen(targets)} bereits ausgeführt, ${targets.length === 1 ? 'sie kann' : 'sie können'} nicht mehr storniert werden.`,
  cannotUndo: (final) =>
    final === 'payee'
      ? 'Diese Überweisung kann ich bei deiner Bank nicht stornieren. Falls sie ein Versehen war, wende dich bitte an deine Bank.'
      : final === 'card'
        ? 'Die Zahlung ist schon auf deiner Kreditkarte eingegangen, sie kann nicht mehr storniert werden.'
        : 'Das Geld ist schon auf deinem anderen Konto, da gibt es nichts zu stornieren. Du kannst es genauso zurückbuchen, wie du es umgebucht hast.',
  noTransferAccount: () => 'Du hast kein Konto, von dem ich Geld überweisen kann.',
  nothingChanged: () => 'Okay, dann bleibt es so.',
  askChange: (kind, again = false) =>
    `${again ? '' : 'In Ordnung. '}Was soll ich ändern? Du kannst ${
      kind === 'payee' ? 'einen neuen Betrag, einen anderen Empfänger oder ein anderes Konto nennen' : kind === 'own' ? 'einen neuen Betrag oder die Konten nennen' : 'einen anderen Betrag oder das Konto nennen, von dem du zahlst'
    }. Oder sag abbrechen.`,
  pinNotHeard: () => 'Entschuldigung, deine PIN habe ich nicht verstanden.',
  pinStillNeeded: () => 'Gut, ich sende sie, sobald ich deine PIN habe.',
  pinAllDigits: (heard = 3) => `Ich habe nur ${heard === 2 ? 'zwei' : 'drei'} Ziffern gehört.`,
  pinTogether: () => 'Ich brauche alle vier Ziffern zusammen, in einem Satz.',
  newAmountAtPin: (still) => `${still ? `Der Betrag bleibt ${m(still)}. ` : ''}Für einen anderen Betrag sag ihn mit der Währung, zum Beispiel fünfzig Euro.`,
  pinByDigits: () => 'Entschuldigung, sag deine PIN bitte Ziffer für Ziffer, also zum Beispiel eins, zwei, drei, vier.',
  asItStands: () => 'So habe ich es. Zum Überweisen sag ja, oder sag, was ich ändern soll.',
  sameAmountAgain: () => 'Das ist der Betrag, den ich schon habe.',
  pinBeforeAmount: () => 'Falls das deine PIN war: Die brauche ich erst ganz am Schluss, bevor etwas überwiesen wird. Sag den Betrag bitte mit der Währung, zum Beispiel fünfzig Euro.',
  pinWhenAsked: (early = false, amountHint = true) =>
    `Falls das deine PIN war: ${early ? 'Die brauche ich erst ganz am Schluss, bevor etwas überwiesen wird' : 'Sag zuerst nur ja, dann frage ich gleich danach'}.${amountHint ? ' Einen anderen Betrag sag bitte mit der Währung, zum Beispiel fünfzig Euro.' : ''}`,
  changed: ({ amount, to: d, toName, from, option, recap }) =>
    recap ? `Bisher: ${[amount && m(amount), d && wohin(d), from && `von ${von(from)}`].filter(Boolean).join(', ')}.` : okayChanged(amount && (option ? `${ZAHLST[option]}: ${m(amount)}` : m(amount)), [d ? wohin(d) : toName && `an ${toName}`, from && `von ${von(from)}`]),
  leftAfter: (kind, account, left) => `Nach dieser ${kind === 'card' ? 'Zahlung' : 'Überweisung'} blieben auf ${KIND[account].von} noch ${m(left)}.`,
  backToTransfer: (kind) => (kind === 'card' ? 'Jetzt zurück zu deiner Kreditkartenzahlung.' : 'Jetzt zurück zu deiner Überweisung.'),
  alreadySent: () => 'Diese Überweisung ist schon unterwegs, ändern kann ich sie nicht mehr.',
  notCancelledNew: (sent) => `Okay, eine neue Überweisung. Die ${wohin(sent)} habe ich nicht storniert.`,
  droppedFor: (was) => `Die Überweisung ${wohin(was)} habe ich verworfen.`,
  anotherTransfer: (sent) => `Okay, eine neue Überweisung. Die ${wohin(sent)} ist schon unterwegs.`,
  offerUndoForOther: (to, other) =>
    `Soll ich deine letzte Überweisung${to ? `, die an ${to},` : ''} stornieren und danach dieselbe Überweisung an ${other} vorbereiten? Sag ja, um sie zu stornieren, oder nein, um sie zu behalten.`,
  offerUndoOfLast: (to) => `Soll ich deine letzte Überweisung${to ? `, die an ${to},` : ''} stornieren? Sag ja, um sie zu stornieren, oder nein, um sie zu behalten.`,
  sentAlready: (a, d) => `Du hast ${wohin(d)} in der letzten Stunde schon denselben Betrag überwiesen. Der Betrag ist ${m(a)}. Möchtest du ihn noch einmal überweisen?`,
  offerUndo: () => 'Soll ich die Überweisung, die du gerade gemacht hast, stornieren? Sag ja, um sie zu stornieren, oder nein, um sie zu behalten.',
  offerUndoInstead: () => 'Soll ich sie stornieren und danach die Überweisung vorbereiten, die du gemeint hast? Sag ja, um sie zu stornieren, oder nein, um sie zu behalten.',
  sentAlreadyGone: (sent) => `Deine Überweisung davor ${wohin(sent)} ist schon unterwegs.`,
  stoppedThisOne: () => 'In Ordnung, die Überweisung, die wir gerade vorbereitet haben, habe ich abgebrochen. Sie wird nicht gesendet.',
  undoKept: () => 'In Ordnung, deine Überweisung bleibt bestehen.',
  overLimitKept: (max) => `Der Betrag ist über deinem Limit für eine Sprachüberweisung von ${m(max)}, deshalb habe ich nichts storniert: deine Überweisung bleibt bestehen.`,
};
