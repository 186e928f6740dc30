import type { Account } from '../../banks/bank-types';
import type { EnglishAccountNames } from '../../accounts/speech/en';
import type { Locale } from '../../kit/locale';
import type { Money } from '../../kit/money';
import { spelledAmount } from './spelled';
import { confusableTwin } from '../confusable';
import { currencyName, formatMoney } from '../../speech/money';
import { joinAnd, joinOr } from '../../speech/lists';
import { optionOf, type Destination, type TransferSpeech, type UndoTarget } from './catalog';
import type { TransferStep } from '../draft';
import { okayChanged } from './changed';
import type { CardOption } from '../card-option-words';

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** The teens and tens an amount check names ("fifty, not fifteen"). */
const NUMBER_WORDS: Readonly<Record<number, string>> = {
  13: 'thirteen', 14: 'fourteen', 15: 'fifteen', 16: 'sixteen', 17: 'seventeen', 18: 'eighteen', 19: 'nineteen',
  30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety',
};
/** Builds the English transfer sentences for a locale and its account words. */
export function englishTransferSpeech(locale: Extract<Locale, `en-${string}`>, kinds: EnglishAccountNames): TransferSpeech {
  const m = (a: Money) => formatMoney(a, locale);
  const account = (a: Account) => `your ${kinds[a.kind]} ending in ${a.last4}`;
  const to = (d: Destination) => ('payee' in d ? `${d.payee.name}, account ending in ${d.payee.last4}` : account(d.account));
  // Where money went, by name: "Bob Carter", "your savings account ending in 8765".
  const named = (d: Destination) => ('payee' in d ? d.payee.name : account(d.account));
  // " to Bob Carter" after "transfer", or nothing when where it went is not known.
  const toNamed = (d: Destination | undefined) => (d ? ` to ${named(d)}` : '');
  // An undoable transfer by its payee ("to Bob Carter") or its amount ("of $20.00").
  const transferTo = (u: UndoTarget) => (u.to ? `to ${u.to}` : u.amount ? `of ${m(u.amount)}` : 'you made');
  const transfersTo = (us: readonly UndoTarget[]) => `your transfer${us.length === 1 ? '' : 's'} ${joinAnd(us.map(transferTo), locale)}`;
  // An amount as a customer of the locale says one.
  const fifty = locale === 'en-GB' ? 'fifty pounds' : 'fifty dollars';
  const spelled = (a: Money) => spelledAmount(a, DIGIT_WORDS, 'point');
  // What to say at each step when two answers in a row could not be used.
  const hints: Readonly<Record<TransferStep, string>> = {
    amount: `Say an amount, like ${fifty}.`,
    payee: 'Say the name of one of your payees.',
    'choose-payee': 'Say the full name of the one you mean, or say the first one or the second one.',
    source: `Say which account, like your ${kinds.checking} or your ${kinds.savings}.`,
    target: `Say which account, like your ${kinds.checking} or your ${kinds.savings}.`,
    'card-option': 'Say the statement balance, the minimum payment, or an amount.',
    'check-amount': 'Say yes or no.',
    'check-duplicate': 'Say yes or no.',
    confirm: 'Say yes or no.',
    change: 'Say what to change: the amount, who to pay, or the account.',
    // Two answers in a row not heard as a PIN may be a customer who has forgotten it.
    pin: "Say the four digits of your voice PIN. If you've forgotten it, say: I forgot my PIN.",
    approval: "Approve the transfer in your bank's app, then say continue.",
  };
  const paying: Readonly<Record<CardOption, string>> = { statement: 'your statement balance', minimum: 'the minimum payment', balance: "the card's whole balance" };
  const optionPaid = (o: CardOption) => `You're paying ${paying[o]}.`;
  // A card payment chosen by name says the name with the figure: "the full balance" heard as the statement shows.
  const amountIs = (a: Money, option?: CardOption) => (option ? `You're paying ${paying[option]}: ${m(a)}.` : `The amount is ${m(a)}.`);
  const summary = (a: Money, d: Destination, from: Account) => `You're sending money to ${to(d)}, from ${account(from)}. ${amountIs(a, optionOf(d))}`;
  return {
    askAmount: (d, shared) => {
      const name = d ? named(d) : shared;
      return name ? `How much would you like to send to ${name}?` : 'How much would you like to send?';
    },
    askPayee: () => 'Who would you like to send money to?',
    choosePayee: (names) => `Which one: ${joinOr(names, locale)}?`,
    onlyOneNamed: (name) => `${name} is your only payee of that name. To send the money to someone else, tell me who.`,
    noSuchPayee: (heard, names) => `I couldn't find a payee called ${heard}. Your payees are ${joinAnd(names, locale)}.`,
    noPayees: () => "You don't have any payees yet. You can add them in your bank's app.",
    askSource: (accounts) => `From which account: ${joinOr(accounts.map(account), locale)}?`,
    askTarget: (accounts) => `To which account: ${joinOr(accounts.map(account), locale)}?`,
    sameAccount: () => "That's the account the money comes from.",
    wasTarget: () => 'That was the account the money was going to.',
    isTarget: () => "Yes, that's where the money goes.",
    notASource: () => "I can't send money from your credit card.",
    askCardOption: (statement, minimum, whole) =>
      (minimum.minor > 0
        ? `Would you like to pay the statement balance, the minimum payment, or another amount? The statement balance is ${m(statement)}. The minimum payment is ${m(minimum)}.`
        : `You've already paid the minimum. Would you like to pay the rest of the statement balance, or another amount? The statement balance left is ${m(statement)}.`) + (whole ? ` You can also pay the full balance: ${m(whole)}.` : ''),
    statementPaid: () => "Your card's statement balance is already paid.",
    checkAmount: (a) => {
      // "Fifty, not fifteen": the twin a listener could have heard, named; any other amount spelled.
      const twin = confusableTwin(a);
      return twin
        ? `Just to be sure, the amount is ${m(a)}: ${NUMBER_WORDS[twin.said]}, not ${NUMBER_WORDS[twin.twin]}. Is that right?`
        : `Just to be sure, the amount is ${m(a)}, that's ${spelled(a)}. Is that right?`;
    },
    checkLarge: (a, option) => `That's a large amount. ${amountIs(a, option)} Are you sure?`,
    optionPaid,
    amountIs,
    summary,
    confirm: (a, d, from) => `${summary(a, d, from)} Shall I send it?`,
    askPin: (left) =>
      `Please say your four-digit voice PIN.${left === undefined ? '' : ` You have ${left === 1 ? 'one try' : `${left} tries`} left before voice payments are locked.`}`,
    wrongPin: (left, heardAsAmount) =>
      `That PIN isn't right. You have ${left === 1 ? 'one try' : `${left} tries`} left.${heardAsAmount ? ' To send another amount instead, say start over.' : ''} Please say your PIN again.`,
    pinLocked: () => "Your voice PIN is locked after too many wrong tries, so I can't move money by voice. It unlocks by itself within a day; until then, please use your banking app.",
    forgotPin: (unsent) =>
      `${unsent ? 'Nothing was sent. ' : ''}Your voice PIN is the one you chose when you linked your bank to this skill. To choose a new one, link your bank again in your voice assistant's app. For your card's PIN, please use your banking app.`,
    pinNotEnrolled: () => "You haven't set up a voice PIN, so I can't move money by voice. Please use your banking app.",
    approvalSent: () => "I've sent this transfer to your bank's app. Approve it there, then say continue.",
    approvalPending: () => "It's still waiting for your approval in the app. Approve it there, then say continue, or say cancel.",
    approvalWhenDone: () => "Once you've approved it in your bank's app, say continue. Or say cancel.",
    approvalRefused: () => 'The transfer was not approved in your app, so nothing was sent.',
    approvalLeftInApp: () => "The earlier request is still waiting in your bank's app. Please refuse it there.",
    expiredButApproved: () =>
      "I had stopped waiting for that transfer, but it was approved in your bank's app, so your bank may have sent it. Please check your banking app before you send it again.",
    expiredApprovalWithdrawn: () => "I've also withdrawn the request that was waiting in your bank's app.",
    sent: (d, minutes) =>
      'payee' in d
        ? `Done. Your transfer to ${d.payee.name} is on its way.${minutes ? ` If you change your mind, say cancel that transfer within ${minutes === 1 ? 'a minute' : `${minutes} minutes`}.` : ''}`
        : `Done. The money is ${d.account.kind === 'credit-card' ? 'on' : 'in'} ${account(d.account)}.`,
    goOnWithNext: (payee) => `Shall we do the one to ${payee} now?`,
    nextLeft: (payee) => `Okay, I haven't sent anything to ${payee}.`,
    bankDownNothingSent: () => "Your bank isn't responding right now, so nothing was sent. Please try again in a little while.",
    insufficientFunds: (from) => `There isn't enough money in ${account(from)} for that, so nothing was sent.`,
    overLimit: (b) =>
      b === 'hourly'
        ? "That's more transfers than I can send by voice in an hour, so nothing was sent. Please use your banking app for this one, or try again later."
        : `That's over your ${b === 'per-transfer' ? 'limit for one voice transfer' : 'daily limit for voice transfers'}, so nothing was sent. Please use your banking app for this one.`,
    onlyOnce: () => "I can only send this once, not as a repeating transfer. To set up a standing order, please use your banking app.",
    onlyRightAway: () => "I can only send money right away, not on a later day. To schedule a transfer, please use your banking app.",
    lastTimeAmount: (payee, amount, day) => `You last sent ${payee} ${m(amount)} ${day}.`,
    sameAsJustSent: (payee, amount) => `That's ${m(amount)}, as you just sent ${payee}.`,
    paidBefore: (payee, day) => `You last sent money to ${payee} ${day}.`,
    paidNoneBefore: (payees) => (payees.length > 0 ? `I can't find an earlier transfer to ${joinOr(payees, locale)}.` : "I can't find an earlier transfer to any of your payees."),
    nothingToRepeat: () => "I can't find an earlier transfer to repeat.",
    noEarlierTransfer: (payee, kept) => `I can't find an earlier transfer to ${payee}.${kept ? ` The amount stays ${m(kept)}.` : ''}`,
    wholeBalance: (from, amount) => `Everything in ${account(from)} comes to ${m(amount)}.`,
    halfBalance: (from, amount) => `Half of what's in ${account(from)} comes to ${m(amount)}.`,
    mostAllowed: (amount) => `The most you can send by voice right now is ${m(amount)}.`,
    stillUnconfirmed: (d) =>
      `Your bank still hasn't confirmed your transfer${toNamed(d)}. It may still go through, so please don't send it again. You can check your banking app.`,
    notSentYet: () => "Not yet: this transfer isn't sent until we've finished it.",
    noRecentTransfer: () => "I don't see a voice transfer from the last day. Your banking app shows all your transfers.",
    noRecentTransferTo: (names) => `I don't see a recent voice transfer to ${joinOr(names, locale)}. Your banking app shows all your transfers.`,
    lastTransferWas: (status, d) => {
      const was = d ? `Your last voice transfer went to ${named(d)}.` : 'I found your last voice transfer.';
      const stands = { completed: 'Your bank has completed it.', pending: "Your bank has it, and it's on its way.", cancelled: 'It was cancelled, so the money stayed in your account.', rejected: 'Your bank declined it, so nothing was sent.' }[status];
      return `${was} ${stands}`;
    },
    replacesTransfer: (payee) => `This replaces the transfer to ${payee}, which won't be sent.`,
    transferAmountWas: (amount) => `The amount was ${m(amount)}.`,
    lastTransferStatus: (status, d) => {
      const where = toNamed(d);
      if (status === 'completed') return `Yes. Your bank has completed your transfer${where}.`;
      if (status === 'pending') return `Yes. Your bank has your transfer${where}, and it's on its way.`;
      if (status === 'cancelled') return `Your transfer${where} was cancelled, so the money stayed in your account.`;
      return `Your bank declined your transfer${where}, so nothing was sent.`;
    },
    wholeAmountDiscreet: () => "Discreet mode is on, so I won't say what that adds up to. Please tell me the whole amount instead.",
    wholeBalanceDiscreet: () => "Discreet mode is on, so I won't say what's in your account. Please tell me an amount instead.",
    nothingToMove: (from) => `There's nothing in ${account(from)} to move.`,
    oneAtATime: (next) => `I can send one transfer at a time, so let's do this one first. ${next ? `Then we'll do the one to ${next}.` : 'Then ask me for the next one.'}`,
    notEnoughAskAgain: (from, other) =>
      `There isn't enough money in ${account(from)} for that, so nothing was sent. You can say a smaller amount${other ? ', or another account to send it from' : ', or cancel'}.`,
    overLimitAskAgain: (b, max, left) =>
      `That's over your ${b === 'per-transfer' ? 'limit for one voice transfer' : 'daily limit for voice transfers'}, so nothing was sent.${max ? ` The most you can send by voice at once is ${m(max)}.` : ''}${left ? ` You can still send ${m(left)} by voice today.` : ''} You can say a smaller amount, or cancel and use your banking app.`,
    uncertain: () => "Your bank hasn't confirmed that transfer yet. It may still go through, so please don't send it again. I'll tell you when your bank confirms it, or you can check your banking app.",
    duplicateWarning: (a, d) =>
      `Your bank still hasn't confirmed your earlier transfer to ${named(d)}, and it may still go through. The amount is ${m(a)}. Do you really want to send the same transfer again?`,
    earlierSent: (d) => `Your bank has now confirmed your earlier transfer${toNamed(d)}. It went through.`,
    earlierNotSent: (d) => `Your earlier transfer${toNamed(d)} did not go through, so nothing was sent.`,
    approvalUnconfirmed: () => "Your bank hasn't confirmed it received this transfer yet, so please don't start it again. Say continue in a moment and I'll check.",
    bankRefused: () => 'Your bank declined that transfer, so nothing was sent.',
    cancelled: () => "Okay, I've cancelled that. Nothing was sent.",
    declined: () => "Okay, I won't send it. Nothing was sent.",
    expired: () => 'That transfer request has expired, so nothing was sent. You can start again any time.',
    alreadyHandled: () => 'That transfer has already been handled.',
    lostTrack: () => "Sorry, I lost track of the transfer you were preparing, so nothing was sent. You can start it again.",
    unreadableAmount: () => `Sorry, I didn't get the amount. Please say it like ${fifty}.`,
    exactAmount: () => 'I can only send an exact amount.',
    twoAmounts: () => 'I heard more than one amount.',
    amountAboveZero: () => 'The amount has to be more than zero.',
    otherCurrency: (from) => `${account(from).replace(/^your/, 'Your')} is in ${currencyName(from.balance.currency, locale)}, so I can only send ${currencyName(from.balance.currency, locale)} from it. How much would you like to send?`,
    onlyCurrency: (code) => `I can only send money in ${currencyName(code, locale)}, your account's currency.`,
    didNotGet: () => "Sorry, I didn't get that.",
    onlyChoices: (count) => `There are only ${DIGIT_WORDS[count] ?? count}.`,
    noneChosen: () => "You haven't chosen one yet.",
    noToQuestion: () => "Okay. If you'd rather stop, say no again.",
    yesToQuestion: () => 'Sure, I just need one more thing.',
    yesIsNoAnswer: (step) => `A yes doesn't answer this one. ${hints[step]}`,
    welcome: () => "You're welcome.",
    moreThanOwed: () => "That's more than you owe on the card; the rest stays there as credit.",
    startingOver: () => "Okay, let's start again.",
    noPinNeeded: () => `Nothing needs your PIN right now, and no transfer is waiting to be sent. You can say, for example, send ${fifty} to Anna.`,
    struggling: (step) => `I'm having trouble understanding. ${hints[step]} Or say cancel to stop.`,
    givingUp: () => "Let's stop here. Nothing was sent. You can start again any time.",
    stepHelp: (step) =>
      `I'm helping you send money. ${
        step === 'confirm' || step.startsWith('check-') ? 'Say yes to go ahead, or no to change something. To stop, say cancel.' : step === 'pin' ? "Your voice PIN makes sure that only you can send money by voice. I never say it back. If you've forgotten it, say I forgot my PIN." : step === 'approval' ? "Approve the transfer in your bank's app, then say continue." : `${hints[step]} You can also say start over, or cancel.`
      }`,
    payeeList: (payees) => (payees.length ? `Your payees are ${joinAnd(payees.map((p) => p.name), locale)}.` : "You don't have any payees yet. You can add them in your bank's app."),
    limits: (left) =>
      [
        `By voice, you can send up to ${m(left.perTransfer)} in one transfer.`,
        `Your daily limit for voice transfers is ${m(left.daily)}.`,
        left.leftToday.minor === 0
          ? "You've used all of today's limit, so you can send more tomorrow or in your banking app."
          : left.leftToday.minor < left.daily.minor
            ? `You can still send ${m(left.leftToday)} today.`
            : "You haven't used any of your daily limit today.",
        left.transfersLeftThisHour === 0
          ? `You've made ${left.perHour === 1 ? 'a voice transfer' : `${left.perHour} voice transfers`} in the last hour, the most allowed, so please wait ${left.nextInMinutes === undefined ? 'a while' : left.nextInMinutes === 1 ? 'a minute' : `${left.nextInMinutes} minutes`} or use your banking app.`
          : `I can send up to ${left.perHour} transfers an hour.`,
      ].join(' '),
    undoHelp: () => "Say yes and I'll cancel the transfer you just made, while your bank still holds it, or say no to keep it.",
    undone: (target) => `I've cancelled your last transfer${target?.to ? `, the one to ${target.to}` : ''}. The money is back in your account.`,
    nothingToUndo: () => "There's no recent transfer I can still cancel.",
    undoneThese: (targets) =>
      `I've cancelled ${transfersTo(targets)}. The money is back in your account.`,
    noneOpenTo: (named, lastTo) =>
      `There's no transfer to ${named} that I can still cancel by voice, so I haven't cancelled anything.${lastTo ? ` Your last transfer was to ${lastTo}.` : ''} Your banking app can cancel an earlier transfer.`,
    lastNotOpen: (lastTo) => `Your last transfer${lastTo ? `, to ${lastTo},` : ''} can no longer be cancelled by voice, so I haven't cancelled anything.`,
    alreadyCancelled: (targets) => `${transfersTo(targets).replace(/^y/, 'Y')} ${targets.length === 1 ? 'was' : 'were'} already cancelled, so the money is back in your account.`,
    cancelAsked: (targets) => `I've asked your bank to cancel ${transfersTo(targets)}. Your banking app will show when it's done.`,
    bankDownTransferWaits: () => "Your bank isn't responding right now, so nothing has been sent. Your transfer is still waiting: say that again in a moment to carry on, or say cancel.",
    cancelUnsure: (targets) => `I couldn't tell whether your bank has cancelled ${transfersTo(targets)}. Please check your banking app, or ask me again in a moment.`,
    notConfirmedToCancel: (target) => `Your bank hasn't confirmed ${transfersTo([target])} yet, so I can't cancel it now. Please check your banking app, or ask me again in a moment.`,
    stillGoing: (targets) => `${transfersTo(targets).replace(/^y/, 'Y')} ${targets.length === 1 ? 'is' : 'are'} still on ${targets.length === 1 ? 'its' : 'their'} way for now.`,
    onlyOneOpen: (only) =>
      `The only transfer I can still cancel by voice is your transfer ${transferTo(only)}; your banking app can cancel an earlier one. Do you want me to cancel it?`,
    confirmUndo: (targets) =>
      targets.length === 1 ? `Do you want me to cancel your transfer ${transferTo(targets[0] as UndoTarget)}?` : `Do you want me to cancel ${targets.length === 2 ? 'both' : 'all'} your transfers, ${joinAnd(targets.map(transferTo), locale)}?`,
    openOnes: (targets) =>
      `I can still cancel ${transfersTo(targets)}. To cancel one, say for example: cancel the transfer ${transferTo(targets[0] as UndoTarget)}.`,
    namesMoreThanOne: (heard) => `More than one of your recent transfers went to someone called ${heard}, so I haven't cancelled anything yet.`,
    tooLateToUndo: () => 'Your bank has already sent that transfer, so it can no longer be cancelled.',
    tooLateFor: (targets) => `Your bank has already sent ${transfersTo(targets)}, so ${targets.length === 1 ? 'it' : 'they'} can no longer be cancelled.`,
    cannotUndo: (final) =>
      final === 'payee'
        ? "I can't cancel that transfer from here. If it was a mistake, please contact your bank."
        : final === 'card'
          ? 'That payment has already reached your credit card, so it can no longer be cancelled.'
          : "That money is already in your other account, so there's nothing to cancel. You can move it back the same way you moved it.",
    noTransferAccount: () => "You don't have an account I can send money from.",
    nothingChanged: () => "Okay, I'll leave it as it is.",
    askChange: (kind, again = false) =>
      `${again ? '' : 'Okay. '}What should I change? You can say ${
        kind === 'payee' ? 'a new amount, another payee, or another account to send from' : kind === 'own' ? 'a new amount, or which accounts to use' : 'another amount, or the account to pay from'
      }. Or say cancel.`,
    pinNotHeard: () => "Sorry, I didn't catch your PIN.",
    pinStillNeeded: () => "Okay, I'll send it as soon as I have your PIN.",
    pinAllDigits: (heard = 3) => `I heard only ${heard === 2 ? 'two' : 'three'} digits.`,
    pinTogether: () => 'I need all four digits together, in one go.',
    newAmountAtPin: (still) => `${still ? `The amount is still ${m(still)}. ` : ''}To send another amount, say it with its currency, like ${fifty}.`,
    pinByDigits: () => 'Sorry, I need your PIN one digit at a time, like one, two, three, four.',
    asItStands: () => "That's how I have it. To send it, say yes; to change something, tell me what.",
    sameAmountAgain: () => "That's the amount I already have.",
    pinBeforeAmount: () => `If that was your PIN, I'll ask for it at the end, before anything is sent. Please say the amount with the currency, like ${fifty}.`,
    pinWhenAsked: (early = false, amountHint = true) =>
      `If that was your PIN, ${early ? "I'll ask for it at the end, before anything is sent" : "say yes on its own first, and I'll ask for it right after"}.${amountHint ? ` To change the amount, say it with the currency, like ${fifty}.` : ''}`,
    changed: ({ amount, to: d, toName, from, option, recap }) =>
      recap
        ? `So far: ${[amount && m(amount), d && `to ${named(d)}`, from && `from ${account(from)}`].filter(Boolean).join(', ')}.`
        : okayChanged(amount && (option ? `${paying[option]}: ${m(amount)}` : m(amount)), [d ? `to ${named(d)}` : toName && `to ${toName}`, from && `from ${account(from)}`]),
    leftAfter: (kind, account, left) => `After this ${kind === 'card' ? 'payment' : 'transfer'}, your ${kinds[account]} would have ${m(left)} left.`,
    backToTransfer: (kind) => (kind === 'card' ? 'Now, back to your card payment.' : 'Now, back to your transfer.'),
    alreadySent: () => "That transfer has already been sent, so I can't change it.",
    notCancelledNew: (sent) => `Okay, a new transfer. I haven't cancelled the one to ${named(sent)}.`,
    droppedFor: (was) => `I've dropped the transfer to ${named(was)}.`,
    anotherTransfer: (sent) => `Okay, a new transfer. The one to ${named(sent)} has already gone.`,
    offerUndoForOther: (to, other) =>
      `Do you want me to cancel your last transfer${to ? `, the one to ${to},` : ''} and then set up the same transfer to ${other}? Say yes to cancel it, or no to keep it.`,
    offerUndoOfLast: (to) => `Do you want me to cancel your last transfer${to ? `, the one to ${to}` : ''}? Say yes to cancel it, or no to keep it.`,
    sentAlready: (a, d) => `You already sent ${named(d)} the same amount in the last hour. The amount is ${m(a)}. Do you want to send it again?`,
    offerUndo: () => 'Do you want me to cancel the transfer you just made? Say yes to cancel it, or no to keep it.',
    offerUndoInstead: () => 'Do you want me to cancel it, and then set up the transfer you meant? Say yes to cancel it, or no to keep it.',
    sentAlreadyGone: (sent) => `Your earlier transfer to ${named(sent)} has already gone.`,
    stoppedThisOne: () => "Okay, I've stopped the transfer we were setting up, so it won't be sent.",
    undoKept: () => 'Okay, your transfer stays as it is.',
    overLimitKept: (max) => `That amount is over your limit for one voice transfer, which is ${m(max)}, so I haven't cancelled anything: your transfer stays as it is.`,
  };
}
