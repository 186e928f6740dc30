import type { Locale } from '../../kit/locale';
import type { Money } from '../../kit/money';
import { formatMoney } from '../../speech/money';
import { onSpokenRelativeDay, relativeDay, spokenDay } from '../../speech/dates';
import { joinAnd } from '../../speech/lists';
import type { CardsSpeech, SpokenCard } from './catalog';
import { spokenBankText } from '../../speech/bank-text';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The cards feature's sentences in English; en-GB differs in how dates and money are written. */
export function englishCards(locale: Extract<Locale, `en-${string}`>): CardsSpeech {
  const m = (amount: Money) => formatMoney(amount, locale);
  const card = (c: SpokenCard) => `your ${c.kind} card ending in ${c.last4}`;
  const cards = (list: readonly SpokenCard[]) => joinAnd(list.map(card), locale);
  return {
    statement: (s, detail, today) => {
      const name = s.card.named ? `your credit card ending in ${s.card.last4}` : 'your credit card';
      const due = `on ${spokenDay(s.dueDate, locale)}`;
      const more = s.owedNow ? ` With purchases since the statement, you owe ${m(s.owedNow)} on the card in all.` : '';
      const available = ` You have ${m(s.availableCredit)} of available credit.`;
      if (s.statementBalance.minor === 0 && detail !== 'available-credit') {
        const since = s.owedNow ? ` You owe ${m(s.owedNow)} on the card for purchases since the statement.` : '';
        return `${capitalise(name)} statement is paid in full, so nothing is due ${due}.${since}${detail === undefined ? available : ''}`;
      }
      const minimumPaid = s.minimumPayment.minor === 0;
      const minimum = minimumPaid ? "You've paid the minimum payment" : `The minimum payment on ${name} is ${m(s.minimumPayment)}`;
      switch (detail) {
        case 'statement-balance':
          return `${capitalise(name)} statement balance is ${m(s.statementBalance)}.${more}`;
        // Each sentence whole on its own: discreet mode drops those with an amount, and what is left still reads.
        case 'minimum-payment':
          return minimumPaid
            ? `${minimum}, and the rest of the statement balance is due ${due}. That's ${m(s.statementBalance)}.`
            : `${minimum}. The payment is due ${due}.`;
        case 'due-date': {
          const owes = minimumPaid ? ` You've paid the minimum payment; the rest of the statement balance is ${m(s.statementBalance)}.` : ` The minimum payment is ${m(s.minimumPayment)}, out of a statement balance of ${m(s.statementBalance)}.`;
          return `The payment on ${name} is due ${relativeDay(s.dueDate, today) === 'today' ? 'today' : due}.${owes}`;
        }
        case 'available-credit':
          return `You have ${m(s.availableCredit)} of available credit on ${name}. Your credit limit is ${m(s.creditLimit)}.`;
        case undefined:
          return minimumPaid
            ? `${capitalise(name)} statement balance is ${m(s.statementBalance)}, and you've paid the minimum payment. The rest is due ${due}.${more}${available}`
            : `${capitalise(name)} statement balance is ${m(s.statementBalance)}, with a minimum payment of ${m(s.minimumPayment)}. The payment is due ${due}.${more}${available}`;
      }
    },
    noCreditCard: () => "You don't have a credit card with this bank.",
    confirmCardChange: (list, lock) => `Do you want me to ${lock ? 'lock' : 'unlock'} ${cards(list)}? Please say yes or no.`,
    allOrOne: (list, lock) => `Shall I ${lock ? 'lock' : 'unlock'} ${list.length === 2 ? 'both' : 'all'} of them, ${cards(list)}? Say yes for ${list.length === 2 ? 'both' : 'all of them'}, or name the one card.`,
    noneChosen: () => "You haven't chosen one yet.",
    cardsChanged: (list, lock) => `Done. ${capitalise(cards(list))} ${list.length === 1 ? 'is' : 'are'} now ${lock ? 'locked' : 'unlocked'}.`,
    cardChangeUnsure: (list, lock) => `Your bank didn't answer, so I can't tell whether ${cards(list)} ${list.length === 1 ? 'is' : 'are'} ${lock ? 'locked' : 'unlocked'}. Please check in your bank's app, or ask me again in a moment.`,
    cardsStay: (list, locked) => `${capitalise(cards(list))} ${list.length === 1 ? 'stays' : 'stay'} ${locked ? 'locked' : 'unlocked'}.`,
    noCardToChange: (list, lock) => `${capitalise(cards(list))} ${list.length === 1 ? 'is' : 'are'} ${lock ? 'already locked' : 'not locked'}.`,
    noSuchCard: () => "I couldn't find a card like that.",
    fraudLeftOpen: () => "Okay, I'll leave that purchase for now. Nothing has changed on your card, and the purchase is still flagged: ask me about suspicious activity any time.",
    fraudLeftForLater: () => "I'll leave that purchase for now. It's still flagged: ask me about suspicious activity when you're ready.",
    fraudHelp: () => "I'm checking a purchase on your card with you. Say yes if you made it. Say no if you didn't, and I'll lock the card and report the purchase to your bank.",
    fraudUnsure: () =>
      "If you're not sure it was you or someone you allowed to use your card, say no: I'll lock the card and report the purchase, and your bank looks into it. If it turns out to be yours, you can unlock the card later. If you made it, say yes.",
    fraudReportedHelp: () =>
      "Your card stays locked, and your bank now looks into the purchase. You can unlock the card by asking me, or in your bank's app. If you made the purchase after all, say that was me.",
    fraudGenuineHelp: () => "Your bank now knows the purchase was yours, and your card stays as it is. If you didn't make it after all, say that wasn't me.",
    cardChangeHelp: (lock, several) =>
      `${lock ? 'Say yes to lock, so that no new payment goes through' : 'Say yes to unlock, so that payments go through again'}, or no to change nothing.${several ? ' You can also name just one card.' : ''}`,
    cardStatus: (list) => `${capitalise(joinAnd(list.map((c) => `${card(c)} is ${c.locked ? 'locked' : 'not locked'}`), locale))}.`,
    cardsUnchanged: (lock = true, several = false) => `Okay, I haven't changed anything.${several ? ` To ${lock ? 'lock' : 'unlock'} just one of them, say so with the card, like ${lock ? 'lock' : 'unlock'} my credit card.` : ''}`,
    fraudQuestion: (alert, c, today, firstName, asked) =>
      `${firstName ? `Welcome back, ${firstName}. Before we start: did` : "There's a purchase I'd like to check with you. Did"} you make a purchase at ${spokenBankText(alert.merchant, locale)} ${onSpokenRelativeDay(alert.at, today, locale)}${c ? `, with ${card(c)}` : ''}? It was for ${m(alert.amount)}. ${asked ? "Say yes if it was you, or no if it wasn't." : 'Please say yes or no.'}`,
    fraudReprompt: (alert) => `Did you make the purchase at ${spokenBankText(alert.merchant, locale)}? Please say yes or no.`,
    fraudGenuine: () => "Thanks. I've marked that purchase as genuine.",
    genuineNotPermitted: () =>
      "The access you've given me here can report a purchase, but not mark one as yours, so it stays flagged and your card stays as it is. Please confirm it in your bank's app.",
    fraudReported: (c, appOnly) =>
      `I've locked ${c ? card(c) : 'your card'} and reported the purchase to your bank as fraud. You can unlock the card later, ${appOnly ? "in your bank's app" : "by asking me or in your bank's app"}.`,
    fraudReportedNotLocked: (c) => `I've reported the purchase to your bank as fraud, but I couldn't lock ${c ? card(c) : 'your card'}. Please lock it in your bank's app, or call your bank.`,
    fraudNeitherDone: (c) => `Your bank isn't responding, so I couldn't lock ${c ? card(c) : 'your card'} or report the purchase. Please call your bank about it now.`,
    fraudLockedNotReported: (c) => `I've locked ${c ? card(c) : 'your card'}, but I couldn't report the purchase to your bank. Please call your bank about it.`,
    fraudReportTakenBack: () => 'Do you mean you made that purchase after all? Please say yes or no.',
    fraudReportStands: () => 'Okay. The purchase stays reported as fraud.',
    fraudMindChanged: (c) =>
      `I've already reported that purchase to your bank as fraud, so if you made it after all, please tell your bank in its app.${c ? ` ${capitalise(card(c))} is locked. Do you want me to unlock it? Please say yes or no.` : ''}`,
    genuineMindChanged: (c) =>
      `If you mean you didn't make that purchase after all: I've already told your bank it was yours, so please call your bank about it now.${c ? ` Do you want me to lock ${card(c)} meanwhile? Please say yes or no.` : ''}`,
    noSuspiciousActivity: () => "I don't see any suspicious activity on your cards.",
    notFlagged: (merchant, more, last) => {
      const lastOne = last ? ` Your last payment there was ${m(last.amount)}, ${last.day}.` : '';
      return more
        ? `Your bank hasn't flagged a payment at ${merchant}.${lastOne} But it has flagged another one.`
        : `Your bank hasn't flagged a payment at ${merchant}.${lastOne} If you didn't make it, please call your bank about it. I can lock your card meanwhile: just say lock my card.`;
    },
  };
}
