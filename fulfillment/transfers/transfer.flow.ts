/**
 * The transfer dialog while a transfer is being prepared. Cancel, help, repeat and start over
 * work at every step; an answer that carries an amount, a payee, an account, an option or a
 * position in a list corrects the draft at any step, and the dialog asks again what is then
 * missing; "yes" and "no" mean what the current question asked, and "no" to the read-back asks
 * what to change; "not fifty" with nothing in its place asks for that field again. At the PIN
 * step a number is the PIN, whichever intent the platform heard it as, unless it cannot be a PIN
 * ("make it twenty five dollars"), is said in words around it ("actually make it 1000") or names
 * another field, which corrects the transfer; an answer without digits is asked
 * again without counting against the lock. Two answers in a row that
 * cannot be used get an explanation and a way out, a third ends the dialog. Other requests are
 * answered in passing, and "hold on" asks for nothing: the pipeline then resumes the transfer.
 */
import { OTHER_ACCOUNT } from '../accounts/account-words';
import type { IntentName } from '../pipeline/intent-catalog';
import type { HandlerContext, LinkedContext, Outcome } from '../pipeline/intent-handler';
import { ask, askAfter, resumeLead, tell, sayThenAskWhatNext } from '../pipeline/reply-builders';
import { matchWords } from '../pipeline/word-match';
import { carriesValue, onlyTakesBack, VALUE_ONLY } from '../pipeline/empty-answer';
import { heardOnly, isHeard, type SlotValue } from '../pipeline/turn';
import { amountFromSlots } from './amount';
import { replacedTransfer } from './replaced-transfer';
import { accountLeft } from './not-account';
import { sameMoney } from '../kit/money';
import { needsPin } from '../pipeline/transfer-policy';
import { spokenDigits } from './pin';
import { amountNotPin, REQUESTS } from './amount-at-pin';
import type { Flow, ResumeReason } from '../pipeline/flow';
import type { Awaiting } from '../pipeline/awaiting';
import { advance, answerPin, askForAmount, askPinWithReadBack, destination, endTransfer, question, stopAndOfferUndo, type TransferView } from './advance';
import { laterUndoQuestion, namesTheSentTransfer, undoOffer } from './undo';
import { applyAnswer } from './apply-answer';
import { matchPayees } from './payee-match';
import type { Payee } from '../banks/bank-types';
import { goesOnWith, KIND_OF, kindAskedFor, namesOnlyThePaidCard } from './switch-kind';
import type { CardOption } from './card-option-words';
import { CARD_DETAIL_WORDS, type DetailAsked } from '../cards/card-words';
import { dropDraft, isHeld, loadDraft, newDraft, saveDraft, startOrderAgain, UNREADABLE, wasHandled, type TransferDraft, type TransferStep } from './draft';
import { discardDraft, withdrawApproval } from './withdraw';
import { settleExpiredApproval } from './expired-approval';
import { transferSpeech } from './speech';
import { leftAfterTransfer } from './left-after';
import { stoppedSpeech } from './stopped-speech';
import { withoutPronounOne } from './pronoun-one';
import { placeLeft } from '../pipeline/place-taken-back';
import { ended } from './transfer-facts';
import { homeCurrency, loadView } from './transfer-view';
import { choosesAnotherAmount, offeredLastFours } from './slots';
import { endingIn } from '../pipeline/ending-in';

/** Intents whose slots answer or correct the transfer. */
const ANSWERS: ReadonlySet<IntentName> = new Set(['Transfer', 'TransferOwn', 'PayCard', 'ProvideAmount', 'ProvidePayee', 'ProvideAccount', 'Choose']);

/** "The latest" said alone: at "which Anna?", the one paid last. */
const LATEST_ONLY: ReadonlySet<string> = new Set(['latest']);

/** "The other one" said alone. */
const OTHER_ONE_ONLY: ReadonlySet<string> = new Set(['otherOne']);

/** The slots that say an amount: with nothing else heard, a request for a transfer only says how much. */
const AMOUNT_SLOTS: ReadonlySet<string> = new Set(['amount', 'cents', 'currency', 'number', 'amountWord']);

/** Intents that only ever answer a question: without a value they said nothing usable. */
const ANSWERS_ONLY: ReadonlySet<IntentName> = new Set([...VALUE_ONLY, 'Choose']);

/** The questions a field can be named at, to be asked for again: what to change, and the read-backs. */
const CHANGEABLE: ReadonlySet<TransferStep> = new Set(['change', 'confirm', 'check-amount', 'check-duplicate']);

/** The card details that name what to pay on the card. */
const DETAIL_OPTIONS: Partial<Record<DetailAsked, CardOption>> = { 'statement-balance': 'statement', 'minimum-payment': 'minimum' };

/** Intents whose `amount` a platform may have heard where the customer said their PIN digits. */
const NUMBERS: ReadonlySet<IntentName> = new Set(['ProvideAmount', 'Transfer', 'TransferOwn', 'PayCard', 'Pin']);


/**
 * The approval question put again without looking the approval up: while it waits in the app,
 * only "continue" (a yes) may find it approved and send. Help, repeat, a question in passing or
 * words not understood never send, even once the customer has approved in the app.
 */
function askApprovalAgain(ctx: LinkedContext, draft: TransferDraft, lead: string, asked: string = transferSpeech(ctx.turn.locale).approvalWhenDone()): Promise<Outcome> {
  return question(ctx, draft, 'approval', `${lead} ${asked}`.trim(), { choices: ['Continue', 'Cancel'] });
}

async function failed(ctx: LinkedContext, draft: TransferDraft, view: TransferView, lead?: string): Promise<Outcome> {
  draft.failures += 1;
  const t = transferSpeech(ctx.turn.locale);
  if (draft.failures >= 3) return endTransfer(ctx, draft, t.givingUp());
  const struggling = draft.failures === 2;
  // A name not heard at "who to?" is often one that is not a payee: the payees are named, so the
  // customer hears whom they can pay instead of the same question again.
  const missed = draft.step === 'payee' && !lead ? `${t.didNotGet()} ${t.payeeList(view.payees)}` : (lead ?? t.didNotGet());
  const said = struggling ? t.struggling(draft.step) : missed;
  // Struggling at the approval already says what to do there; said twice it would be the same twice.
  if (draft.step === 'approval') return struggling ? askApprovalAgain(ctx, draft, '', said) : askApprovalAgain(ctx, draft, said);
  return advance(ctx, draft, view, said);
}

/**
 * The digits of a PIN in a slot, whatever the platform heard it as: "1234", "12 34", or a
 * number whose leading zero a number slot dropped ("950" for 0950). A decimal point, words, or
 * one or two digits (the start of a PIN cut off by a pause) are not a PIN.
 */
function pinDigits(slot: SlotValue | undefined): string | undefined {
  if (!slot) return undefined;
  const digits = spokenDigits(slot);
  if (!/^\d{3,8}$/.test(digits)) return undefined;
  return digits.padStart(4, '0');
}

/**
 * Whether an answer at the PIN step changes the transfer rather than giving the PIN: it names a
 * payee, an account or an option, or its number cannot be a PIN (cents, a decimal point), or it
 * is money by its words: a currency said ("a hundred and fifty dollars", "make it 1000 dollars",
 * "two hundred quid"), or one digit with an amount word. No one says a PIN with a currency, and a
 * platform hears one only where it was said. Whole numbers without a currency are weighed by
 * amount-at-pin.ts: a bare one of three digits or more stays the PIN (a number slot drops a PIN's
 * leading zero), so a PIN is never read back as an amount.
 */
function correctsAtPin(slots: Readonly<Record<string, SlotValue | undefined>>): boolean {
  const said = (slot: SlotValue | undefined) => Boolean(slot?.value.trim());
  if (said(slots.payee) || said(slots.account) || said(slots.from) || said(slots.to) || said(slots.option)) return true;
  // "Do it tomorrow", "also send Maria ten": no PIN, and never dropped as one unheard.
  if (said(slots.when) || said(slots.nextPayee) || said(slots.recurring)) return true;
  // "Actually a fiver", "make that a tenner", "ten more", "all of it": words for an amount, never digits of a PIN.
  if ((said(slots.amountWord) || said(slots.more) || said(slots.wholeBalance) || said(slots.mostAllowed)) && !said(slots.pin)) return true;
  const amount = slots.amount;
  if (!amount || !said(amount)) return false;
  if (said(slots.cents)) return true;
  const value = amount.value.trim();
  if (/^\d+[.,]\d{1,2}$/.test(value)) return true;
  if (amount.currency || isHeard(slots.currency)) return true;
  return /^\d$/.test(value) && said(slots.amountWord);
}

/**
 * "Twelve thirty four" at the PIN step: a PIN said in pairs, which a platform hears as an amount
 * and its cents (12 and 34, or 12.34) with no currency. Read back, it would speak the PIN as
 * $12.34; taken as the PIN, a misreading would count against the lock. It is asked again.
 */
function pinInPairs(slots: Readonly<Record<string, SlotValue | undefined>>): boolean {
  return pairsHeard(slots.amount, slots) !== undefined;
}

/**
 * Two pairs of digits heard as an amount with no currency: as units and cents (12 and 34), or as
 * one decimal (12.34), the first pair perhaps without its leading zero (8.15 for "08 15");
 * undefined for anything else.
 */
function pairsHeard(said: SlotValue | undefined, slots: Readonly<Record<string, SlotValue | undefined>>): readonly [string, string] | undefined {
  const amount = said?.value.trim() ?? '';
  if (!amount || said?.currency || isHeard(slots.currency)) return undefined;
  const cents = slots.cents?.value.trim() ?? '';
  // The first pair may have lost its leading zero ("oh eight fifteen", "null acht fünfzehn": 8.15).
  if (cents) return /^\d{1,2}$/.test(amount) && /^\d{2}$/.test(cents) ? [amount, cents] : undefined;
  const decimal = /^(\d{1,2})[.,](\d{2})$/.exec(amount);
  return decimal ? [decimal[1] ?? '', decimal[2] ?? ''] : undefined;
}

/**
 * The PIN step: a number is the PIN, unless the answer is a correction of the transfer (which
 * then needs a fresh read-back); anything else is asked again, never counted as wrong.
 */
async function atPinStep(ctx: LinkedContext, draft: TransferDraft, view: TransferView): Promise<Outcome | undefined> {
  const { intent, slots } = ctx.turn;
  // "Wrong person", "wrong account" to the PIN prompt: that field is asked for again, as at the
  // read-back; no PIN is heard as either, so the PIN that follows never sends the old transfer.
  // "Wrong amount" may be a number the platform did not hear: the PIN is asked again, with how to
  // say another amount.
  if ((intent === 'ProvidePayee' || intent === 'ProvideAccount') && !carriesValue(ctx.turn)) return askAgainFor(ctx, draft, view, intent);
  const t = transferSpeech(ctx.turn.locale);
  if (intent === 'ProvideAmount' && !carriesValue(ctx.turn)) return failed(ctx, draft, view, `${t.pinNotHeard()} ${t.newAmountAtPin(draft.amount)}`);
  if (NUMBERS.has(intent) && intent !== 'Pin' && pinInPairs(slots)) return failed(ctx, draft, view, t.pinByDigits());
  if (intent !== 'Pin' && ANSWERS.has(intent) && (correctsAtPin(slots) || kindAskedFor(draft, ctx.turn))) return applyAnswer(ctx, draft, view);
  // "Actually make it ..." with the number unheard, heard as a request to send naming nothing: as
  // "make it ...", never a PIN missed with the amount still to be sent left unsaid.
  if (REQUESTS.has(intent) && !carriesValue(ctx.turn)) return failed(ctx, draft, view, `${t.pinNotHeard()} ${t.newAmountAtPin(draft.amount)}`);
  // "Actually make it 1000", "nee, lieber 1000" heard as a request to send: a new amount
  // (amount-at-pin.ts), read back for a new yes before the PIN is asked again; never checked,
  // counted or spoken as a PIN. A number heard only as an amount stays PIN digits.
  if (amountNotPin(intent, slots)) {
    draft.shortPinHeard = undefined;
    return applyAnswer(ctx, draft, view);
  }
  if (NUMBERS.has(intent)) {
    const said = intent === 'Pin' ? slots.pin : (slots.amount ?? slots.pin);
    const pin = pinDigits(said);
    const heardAsAmount = intent !== 'Pin' && !slots.pin;
    // Three digits: a pause after the third ("one two three... four"), or a PIN whose leading zero
    // a number slot dropped. The first time, nothing is checked or counted and all four are asked
    // for; three again are the PIN with its zero. No digits are kept between the turns.
    if (pin && said && /^\d{3}$/.test(spokenDigits(said)) && !draft.shortPinHeard) {
      draft.shortPinHeard = true;
      return advance(ctx, draft, view, heardAsAmount ? `${t.pinAllDigits()} ${t.newAmountAtPin(draft.amount)}` : t.pinAllDigits());
    }
    // "Four" alone after "one two three": the rest of the PIN, which is asked for whole.
    const rest = draft.shortPinHeard && said && /^\d{1,2}$/.test(spokenDigits(said));
    draft.shortPinHeard = undefined;
    if (pin) return answerPin(ctx, draft, view, pin, heardAsAmount);
    // "One two", "oh eight", and a pause: half a PIN said digit by digit, never a new amount read back
    // (which would speak it), and not counted as an answer not understood. The customer hears the
    // amount still to be sent and how to say another: a platform may hear "make it twenty two" so.
    if (!rest && said && /^\d{2}$/.test(spokenDigits(said))) return advance(ctx, draft, view, `${t.pinAllDigits(2)} ${t.pinTogether()} ${t.newAmountAtPin(draft.amount)}`);
    return failed(ctx, draft, view, rest ? t.pinTogether() : t.pinNotHeard());
  }
  // "The second one" after "which Anna?": a change of payee, read back afresh; with no list it names
  // nothing, and the customer hears so (never "I didn't catch your PIN", after which a PIN would send the old one).
  // An ordinal or "the last one" only: a number ("one", and a pause) at this prompt is the start of the PIN.
  if (intent === 'Choose' && (isHeard(slots.ordinal) || /^\p{L}+$/u.test(slots.position?.value.trim() ?? ''))) return applyAnswer(ctx, draft, view);
  // A yes said again ("yes", "okay") agrees once more: no PIN missed, and nothing counted toward giving up.
  if (intent === 'Yes') return advance(ctx, draft, view, t.pinStillNeeded());
  if (intent === 'Fallback' || intent === 'Choose') return failed(ctx, draft, view, t.pinNotHeard());
  return undefined;
}

/**
 * Whether an amount answer without its amount ("hold on, the amount is wrong") names an amount
 * already given. A payee or account answer without its value stays one not understood: its
 * value may simply be unheard, and the question asked is the one to answer.
 */
function fieldKnown(draft: TransferDraft, intent: IntentName): boolean {
  return intent === 'ProvideAmount' && draft.amount !== undefined;
}

/** The read-backs: questions a yes answers before the PIN is asked for. */
const BEFORE_PIN: ReadonlySet<TransferStep> = new Set(['confirm', 'check-amount', 'check-duplicate']);

/**
 * The questions before the read-backs where a number is no answer: who to, which one, from which
 * account, which card option. Digits said there are a PIN said early as much as at a read-back.
 * "How much?" and "what should I change?" are not among them: a number answers those.
 */
const EARLY: ReadonlySet<TransferStep> = new Set(['payee', 'choose-payee', 'source', 'target', 'card-option']);

/** Two pairs of digits that are no price, so a PIN said in pairs: neither starts with a zero, and the cents are no round ten. */
const pairsNoPrice = (pairs: readonly [string, string]) => /^[1-9]\d$/.test(pairs[0]) && /^[1-9][1-9]$/.test(pairs[1]);

/**
 * "Yes, 1234" to a read-back, or "1234" to "from which account?", when a PIN will be asked for: a
 * platform may hear it as the Pin intent or as a new amount of four digits with no currency. Either
 * way it may be the PIN said early, so it is neither read back nor taken as the amount; the
 * question is put again. So is a
 * PIN said in pairs ("zwölf vierunddreißig", "twelve thirty four"), which reaches the amount as
 * 12.34. Cents of a round ten ("zwölf fünfzig", "twelve fifty") are how prices are said, and stay
 * an amount, as does one said with its currency ("1234 dollars", "zwölf Euro vierunddreißig").
 */
function mayBeEarlyPin(ctx: LinkedContext, draft: TransferDraft): boolean {
  if (!(BEFORE_PIN.has(draft.step) || EARLY.has(draft.step)) || !needsPin(ctx.deps.transferPolicy) || draft.pinVerified) return false;
  const { intent, slots } = ctx.turn;
  if (intent === 'Pin') return Boolean(slots.pin?.value.trim());
  if (intent !== 'ProvideAmount' || isHeard(slots.currency)) return false;
  const amount = slots.amount ?? slots.number;
  if (amount === undefined || amount.currency) return false;
  const pairs = pairsHeard(amount, slots);
  if (pairs) return pairsNoPrice(pairs);
  return !isHeard(slots.cents) && /^\d{4}$/.test(spokenDigits(amount));
}

/**
 * "My PIN is 0450", "1234", "twelve thirty four" heard as the PIN to "how much?": four digits (or
 * two pairs) are the PIN said early, neither read back as an amount (which would speak it) nor
 * counted; the question is put again with how to say an amount. Fewer digits answer the question.
 * So do four digits with a leading zero heard as an amount: no amount is said so.
 */
function pinToHowMuch(ctx: LinkedContext, draft: TransferDraft): boolean {
  if (draft.step !== 'amount' || !needsPin(ctx.deps.transferPolicy) || draft.pinVerified) return false;
  const { intent, slots } = ctx.turn;
  if (intent === 'Pin' && slots.pin) return /^\d{4}$/.test(spokenDigits(slots.pin)) || pairsHeard(slots.pin, slots) !== undefined;
  const amount = slots.amount ?? slots.number;
  if (intent !== 'ProvideAmount' || amount === undefined || amount.currency || isHeard(slots.currency)) return false;
  // "Twelve thirty four": a PIN said in pairs, heard as 12.34; prices keep their round tens ("twelve fifty").
  const pairs = pairsHeard(amount, slots);
  if (pairs) return pairsNoPrice(pairs);
  return /^0\d{3}$/.test(spokenDigits(amount));
}

/** "Yes" means what the question asked: the amount is right, send it, or go on. */
async function onYes(ctx: LinkedContext, draft: TransferDraft, view: TransferView): Promise<Outcome> {
  if (draft.step === 'check-amount') draft.amountChecked = true;
  else if (draft.step === 'check-duplicate') draft.duplicateChecked = true;
  else if (draft.step === 'confirm') draft.confirmed = true;
  // "Yes", "it's right after all" to "what should I change?": nothing changes, and the transfer is
  // read back again for its own yes; nothing is sent on this one.
  else if (draft.step === 'change') return advance(ctx, draft, view, transferSpeech(ctx.turn.locale).nothingChanged());
  else if (draft.step !== 'approval') {
    // "Yes", "ok go on" to "from which account?": an acknowledgement, often of "back to your
    // transfer" after a question in passing. The question is put again once without an apology;
    // a second one in a row is an answer not understood, and the customer hears what would answer it.
    if (draft.saidYes) return failed(ctx, draft, view, transferSpeech(ctx.turn.locale).yesIsNoAnswer(draft.step));
    draft.saidYes = true;
    return advance(ctx, draft, view, transferSpeech(ctx.turn.locale).yesToQuestion());
  }
  return advance(ctx, draft, view);
}

/**
 * "Yes, fifty" to the read-back or the amount check of fifty: the amount read out, said again
 * and nothing else with it. To the amount check it agrees. To the read-back it is read again,
 * with a word that nothing changed: "make it a tenner fifty" heard as the ten pounds read out
 * would otherwise be a yes the customer never gave to that amount. Any other amount ("yes,
 * sixty") is a correction, read back again; it is never a yes to the amount read out.
 */
function repeatsAmount(ctx: LinkedContext, draft: TransferDraft, view: TransferView): boolean {
  if ((draft.step !== 'confirm' && draft.step !== 'check-amount') || !draft.amount) return false;
  // "Make it ten pounds" may be heard as the request for this kind of transfer ("make it {amount}"
  // is a sample of both); with nothing but an amount in it, it is the same answer.
  const { intent } = ctx.turn;
  const amountOnly = KIND_OF[intent] === draft.kind && heardOnly(ctx.turn.slots, AMOUNT_SLOTS);
  if (intent !== 'ProvideAmount' && !amountOnly) return false;
  // Every other slot of ProvideAmount says the amount; one taken back ("not sixty, fifty") is more than agreeing.
  if (isHeard(ctx.turn.slots.notAmount)) return false;
  const said = amountFromSlots(ctx.turn.slots, homeCurrency(view));
  return said.ok && said.value !== undefined && sameMoney(said.value, draft.amount);
}

/** Whether digits said are the whole amount's ("one five" for $15.00), which agree with the amount check. */
function saysAmountDigits(slot: SlotValue | undefined, draft: TransferDraft): boolean {
  const amount = draft.amount;
  if (!slot || !amount || amount.minor % 100 !== 0) return false;
  return spokenDigits(slot) === String(amount.minor / 100);
}

/** "No" means what the question asked: not this amount, not now, or what should change. */
async function onNo(ctx: LinkedContext, draft: TransferDraft, view: TransferView): Promise<Outcome> {
  const t = transferSpeech(ctx.turn.locale);
  switch (draft.step) {
    case 'check-amount':
      draft.amount = undefined;
      draft.cardOption = undefined;
      return advance(ctx, draft, view);
    case 'confirm':
      return question(ctx, draft, 'change', t.askChange(draft.kind));
    case 'check-duplicate':
    case 'change':
    case 'approval':
    case 'pin':
      // "No", "wait, don't send it": nothing is sent, and as after "cancel" the conversation stays
      // open for what the customer wants instead; "stop" ends both.
      return endTransfer(ctx, draft, t.declined(), [], 'go-on');
    default:
      // "No" to "how much?" or "from which account?" is not an answer not understood: the
      // customer may want out, or may have meant something else. Asked once what they want,
      // a second "no" stops the transfer; nothing counts toward giving up.
      if (draft.saidNo) return endTransfer(ctx, draft, t.cancelled());
      draft.saidNo = true;
      return advance(ctx, draft, view, t.noToQuestion());
  }
}

/**
 * Forgets the field the customer wants to change, so the dialog asks for it again (`ask`, the next
 * question by default); a change needs a fresh read-back.
 */
async function askAgainFor(
  ctx: LinkedContext, draft: TransferDraft, view: TransferView, intent: IntentName,
  ask: (left: string | undefined) => Promise<Outcome> = (left) => advance(ctx, draft, view, left),
): Promise<Outcome> {
  const orderKey = draft.idempotencyKey;
  // "Not the statement": the card's option is its amount.
  if (intent === 'ProvideAmount' || intent === 'PayCard') {
    draft.amount = undefined;
    draft.cardOption = undefined;
    draft.amountChecked = false;
  } else if (intent === 'ProvidePayee' && draft.kind === 'payee') {
    draft.payeeId = undefined;
    draft.candidates = undefined;
  } else if (intent === 'ProvidePayee' && draft.kind === 'own') draft.toId = undefined;
  else if (intent === 'ProvideAccount') draft.fromId = undefined;
  draft.failures = 0;
  const left = await withdrawApproval(ctx, draft, startOrderAgain(draft), orderKey);
  return ask(left);
}

/** "The third one" of the card's options, "or another amount": the option chosen so far is let go and the amount asked. */
function anotherAmount(ctx: LinkedContext, draft: TransferDraft, view: TransferView): Promise<Outcome> {
  if (draft.step === 'card-option') return askForAmount(ctx, draft, view);
  return askAgainFor(ctx, draft, view, 'ProvideAmount', (left) => askForAmount(ctx, draft, view, left ?? ''));
}

/**
 * The payee meant instead, named among the ones "which one?" offered: taken, or asked for again
 * among them. With no choice offered ("that was supposed to go to Maria" at the read-back, where
 * nothing is sent yet), it is the payee's answer, as "send it to Maria" would be.
 */
async function meantAmongChoices(ctx: LinkedContext, draft: TransferDraft): Promise<Outcome | undefined> {
  const { meantPayee: meant, notPayee: wrong } = ctx.turn.slots;
  if (draft.kind !== 'payee' || !(isHeard(meant) || isHeard(wrong))) return undefined;
  const view = await loadView(ctx);
  if (!view.ok) return view;
  // "That's the wrong Anna", "war das die falsche Anna?": which of the payees of that name is asked again.
  if (!isHeard(meant)) return askPayeeAgain(ctx, draft, view.value, matchPayees(wrong?.value ?? '', view.value.payees));
  if ((draft.payeeChoices?.length ?? 0) < 2) return applyAnswer(ctx, draft, view.value, { payee: meant });
  const named = matchPayees(meant.value, view.value.payees.filter((p) => draft.payeeChoices?.includes(p.id)));
  const only = named.length === 1 ? named[0] : undefined;
  if (only && only.id !== draft.payeeId) return applyAnswer(ctx, draft, view.value, { payee: { value: only.name } });
  if (named.length === 0) return undefined;
  return askPayeeAgain(ctx, draft, view.value, named);
}

/** "The wrong Anna": which of the payees named is asked again ("neither" can still say someone else); one alone, who instead. */
function askPayeeAgain(ctx: LinkedContext, draft: TransferDraft, view: TransferView, named: readonly Payee[]): Promise<Outcome> {
  const again = named.length > 1 ? named.map((p) => p.id) : undefined;
  return askAgainFor(ctx, draft, view, 'ProvidePayee', (left) => {
    draft.candidates = again;
    return advance(ctx, draft, view, left);
  });
}

/**
 * "Not Schmidt" to "Anna Schmidt or Anna Lee?", or "nicht die Müller" later in the transfer: of
 * the payees offered, the one the customer did not take back, when exactly one is left.
 */
function payeeLeft(draft: TransferDraft, view: TransferView, takenBack: SlotValue | undefined): Payee | undefined {
  const ids = draft.step === 'choose-payee' ? draft.candidates : draft.payeeChoices;
  const offered = view.payees.filter((p) => ids?.includes(p.id));
  if (!takenBack?.value.trim() || offered.length < 2) return undefined;
  const rejected = matchPayees(takenBack.value, offered);
  const left = offered.filter((p) => !rejected.includes(p));
  return rejected.length > 0 && left.length === 1 ? left[0] : undefined;
}

/** The answer to the question asked, in the intent the platform heard it as. */
async function answer(said: LinkedContext, draft: TransferDraft, view: TransferView): Promise<Outcome | undefined> {
  // "The Schmidt one" to "which one?": the "one" is no amount. "Not the first one" of two is the second.
  const turn = placeLeft(withoutPronounOne(said.turn, draft.step), draft.offered?.length ?? 0);
  const ctx = turn === said.turn ? said : { ...said, turn };
  const intent = ctx.turn.intent;
  // "Nicht die Müller, die andere": "the other one" beside the one taken back says nothing more.
  const { otherOne: _other, ...withoutOther } = ctx.turn.slots;
  const takenBackOnly = onlyTakesBack(isHeard(ctx.turn.slots.notPayee) ? { ...ctx.turn, slots: withoutOther } : ctx.turn);
  const left = intent === 'ProvidePayee' && takenBackOnly ? payeeLeft(draft, view, ctx.turn.slots.notPayee) : undefined;
  if (left) return applyAnswer(ctx, draft, view, { payee: { value: left.name } });
  const leftAccount = intent === 'ProvideAccount' && takenBackOnly ? accountLeft(draft, view.accounts, ctx.turn.slots.notAccount, ctx.turn.locale) : undefined;
  if (leftAccount) return applyAnswer(ctx, draft, view, { [leftAccount.field]: { value: leftAccount.account.name, id: leftAccount.account.id } });
  // "No, the other one" in a card payment: the card is where the money goes, so the other one is
  // the other account it comes from, as "from the other account" is.
  const otherOneOnly = isHeard(ctx.turn.slots.otherOne) && heardOnly(ctx.turn.slots, OTHER_ONE_ONLY);
  if (draft.kind === 'card' && intent === 'ProvidePayee' && otherOneOnly) return applyAnswer(ctx, draft, view, { from: { value: OTHER_ACCOUNT, id: OTHER_ACCOUNT } });
  // "Not fifty", "nicht an Jonas": what was taken back is asked for again, at any step.
  if (takenBackOnly) return askAgainFor(ctx, draft, view, intent);
  if (intent === 'Choose' && choosesAnotherAmount(draft, ctx.turn.slots)) return anotherAmount(ctx, draft, view);
  if (draft.step === 'pin') {
    const pinned = await atPinStep(ctx, draft, view);
    if (pinned) return pinned;
  }
  // "One five" to "$15.00: fifteen, not fifty. Is that right?", "1000" to "1.000,00 €. Bist du
  // sicher?": the amount's own digits said back, heard as a PIN, agree with it.
  if (intent === 'Pin' && draft.step === 'check-amount' && saysAmountDigits(ctx.turn.slots.pin, draft)) return onYes(ctx, draft, view);
  // A bare number the platform took for a PIN answers "how much?". So do digits too few for a PIN
  // anywhere before the PIN step: "one five" to "$50.00: fifty, not fifteen. Is that right?".
  const pinSlot = ctx.turn.slots.pin;
  if (pinToHowMuch(ctx, draft)) return advance(ctx, draft, view, transferSpeech(ctx.turn.locale).pinBeforeAmount());
  if (intent === 'Pin' && pinSlot && (draft.step === 'amount' || (draft.step !== 'pin' && /^\d{1,2}$/.test(spokenDigits(pinSlot))))) return applyAnswer(ctx, draft, view, { amount: pinSlot });
  // "Which one did I pay last?" to "which Anna?", heard as a question about the latest payment:
  // the history chooses, and the day it was paid is said, as for "the one I paid last time".
  if (intent === 'Spending' && draft.step === 'choose-payee' && isHeard(ctx.turn.slots.latest) && heardOnly(ctx.turn.slots, LATEST_ONLY)) return applyAnswer(ctx, draft, view, { paidBefore: { value: 'last', id: 'last' } });
  // "Minimum" to "the statement balance, the minimum payment, or another amount?": the platform
  // may hear the card detail of that name. Taking it as the option is safe: the read-back that
  // follows says the amount, which also answers the question if it was one.
  if (intent === 'CardDetails' && draft.step === 'card-option') {
    const detail = matchWords(ctx.turn.slots.detail, CARD_DETAIL_WORDS[ctx.turn.locale]);
    const option = detail.kind === 'matched' ? DETAIL_OPTIONS[detail.id] : undefined;
    if (option) return applyAnswer(ctx, draft, view, { option: { value: option, id: option } });
  }
  // "No, more" with no amount: a bigger amount is wanted, and how much is asked.
  const { more, amount: saidAmount, number: saidNumber } = ctx.turn.slots;
  if (intent === 'ProvideAmount' && isHeard(more) && !isHeard(saidAmount) && !isHeard(saidNumber)) return askAgainFor(ctx, draft, view, intent);
  const valueless = ANSWERS_ONLY.has(intent) && !carriesValue(ctx.turn);
  // "Another amount" to "the statement balance, the minimum payment, or another amount?".
  if (valueless && intent === 'ProvideAmount' && draft.step === 'card-option') return askForAmount(ctx, draft, view);
  // "The amount" to "what should I change?", "wrong amount" to the read-back: that field is asked
  // for again. So is the payee on "neither", "someone else" to "Anna Schmidt or Anna Lee?".
  const otherPayee = draft.step === 'choose-payee' && intent === 'ProvidePayee';
  // "Hold on, the amount is wrong" to "from which account?": the amount said earlier is asked for
  // again before the read-back too, never "didn't get that".
  const saidEarlier = EARLY.has(draft.step) && fieldKnown(draft, intent);
  if (valueless && (CHANGEABLE.has(draft.step) || otherPayee || saidEarlier) && intent !== 'Choose') return askAgainFor(ctx, draft, view, intent);
  // An answer whose value the platform did not hear ("make it ..." without the amount, "the
  // ... one") is an answer not understood, not a silent repeat of the question.
  if (valueless) return failed(ctx, draft, view);
  // A request that names nothing ("from the other account" heard as a move between own
  // accounts with no account in it) is not understood either, never the question repeated.
  // A request for another kind of transfer ("actually, pay my credit card") names one by itself.
  // One for this kind that names nothing ("okay, go on with the transfer", "und jetzt die
  // Überweisung", often after a question in passing) asks to go on: the question comes again. At
  // the read-back ("send it", "do the transfer", "mach") it is heard, and only a yes sends.
  // So does the card payment's request naming only the card it pays ("pay my credit card" again).
  if (ANSWERS.has(intent) && (!carriesValue(ctx.turn) || namesOnlyThePaidCard(draft, ctx.turn)) && !kindAskedFor(draft, ctx.turn)) {
    if (!goesOnWith(draft, intent)) return failed(ctx, draft, view);
    return advance(ctx, draft, view, draft.step === 'confirm' ? transferSpeech(ctx.turn.locale).asItStands() : undefined);
  }
  if (repeatsAmount(ctx, draft, view)) return draft.step === 'confirm' ? advance(ctx, draft, view, transferSpeech(ctx.turn.locale).sameAmountAgain()) : onYes(ctx, draft, view);
  // "4321" to "...your checking account ending in 4321...?": the digits of an item read out name it, no PIN.
  const named = intent === 'Pin' && EARLY.has(draft.step) ? endingIn(ctx.turn.slots.pin, offeredLastFours(draft, view)) : undefined;
  if (typeof named === 'number') return applyAnswer(ctx, draft, view, { last4: ctx.turn.slots.pin });
  // The hint for another amount only where an amount answers the question: not to "which Anna?".
  if (mayBeEarlyPin(ctx, draft)) return advance(ctx, draft, view, transferSpeech(ctx.turn.locale).pinWhenAsked(EARLY.has(draft.step), !EARLY.has(draft.step) || draft.step === 'card-option'));
  if (ANSWERS.has(intent)) {
    const replaced = replacedTransfer(ctx, draft, view);
    const applied = await applyAnswer(ctx, draft, view);
    return replaced && applied ? askAfter(replaced, applied) : applied;
  }
  if (intent === 'Pin') return failed(ctx, draft, view);
  // Asked for a PIN the customer does not know, the transfer ends; asked anywhere else, it is answered in passing.
  // The customer stays: what else they came for needs no PIN.
  if (intent === 'ForgotPin' && draft.step === 'pin') return endTransfer(ctx, draft, transferSpeech(ctx.turn.locale).forgotPin(true), [], 'go-on');
  if (intent === 'Yes') return onYes(ctx, draft, view);
  // "Weiter" ("continue") after approving in the app is also German for "next": a platform may hear More.
  if (intent === 'More' && draft.step === 'approval') return onYes(ctx, draft, view);
  // "Weiter", "go on" at any other question of the transfer: nothing is read in parts here; the question comes again.
  if (intent === 'More') return advance(ctx, draft, view);
  // "Is it done yet?", "did it go through?" while the approval waits: checking is what "continue" does.
  if (intent === 'TransferStatus' && draft.step === 'approval') return onYes(ctx, draft, view);
  if (intent === 'No') return onNo(ctx, draft, view);
  if (intent === 'Fallback') return failed(ctx, draft, view);
  // "Probably", "I think so": money moves on a clear yes alone (pipeline/hedged-yes.ts). A clear
  // yes is asked for where a yes answers (the read-backs, the approval); to a question no yes
  // answers ("probably checking" to "from which account?") it is not understood.
  if (intent === 'ProbablyYes') return failed(ctx, draft, view, BEFORE_PIN.has(draft.step) || draft.step === 'approval' ? ctx.speech.clearYes() : undefined);
  return undefined;
}

/** The flow's turn with the customer's draft, or undefined when the draft is gone. */
async function withDraft(base: HandlerContext, draftId: string): Promise<{ ctx: LinkedContext; draft: TransferDraft | typeof UNREADABLE | undefined } | undefined> {
  if (!base.session) return undefined;
  const ctx: LinkedContext = { ...base, session: base.session };
  return { ctx, draft: await loadDraft(ctx.deps.store, draftId, ctx.session.customer.id) };
}

/**
 * A bank that did not answer while a transfer waits (its accounts or payees unread at the PIN, a
 * statement unread): nothing was sent, and the transfer stays at its question, so that saying
 * the answer again carries on, rather than a goodbye that leaves the customer to guess whether the
 * money left and to start again.
 */
async function keptThroughBankDown(base: HandlerContext, awaiting: Extract<Awaiting, { kind: 'transfer' }>, outcome: Outcome | undefined): Promise<Outcome | undefined> {
  if (!outcome || outcome.ok || (outcome.error.kind !== 'unavailable' && outcome.error.kind !== 'timeout') || !base.session) return outcome;
  const still = await loadDraft(base.deps.store, awaiting.draftId, base.session.customer.id).catch(() => undefined);
  if (!still || still === UNREADABLE) return outcome;
  base.conversation.awaiting = awaiting;
  const t = transferSpeech(base.turn.locale);
  return ended(ask(t.bankDownTransferWaits(), t.bankDownTransferWaits()), 'not-sent');
}

/** The transfer flow. */
export const transferFlow: Flow<'transfer'> = {
  async intercept(base, awaiting) {
    return keptThroughBankDown(base, awaiting, await interceptTransfer(base, awaiting));
  },
  resume: resumeTransfer,
};

/** A turn while a transfer waits: the transfer's own answers, or undefined for a question in passing. */
async function interceptTransfer(base: HandlerContext, awaiting: Extract<Awaiting, { kind: 'transfer' }>): Promise<Outcome | undefined> {
  const found = await withDraft(base, awaiting.draftId);
  if (!found) return undefined;
  const { ctx, draft } = found;
  const t = transferSpeech(ctx.turn.locale);
  const intent = ctx.turn.intent;
  if (draft === UNREADABLE) {
    await dropDraft(ctx.deps.store, awaiting.draftId);
    ctx.conversation.awaiting = undefined;
    return ended(sayThenAskWhatNext(ctx, t.lostTrack()), 'not-sent');
  }
  if (!draft) {
    // Another confirmation holds it for its PIN check: it says what comes next, so the open
    // question and the conversation stay (a wrong PIN puts the draft back for another try).
    if (await isHeld(ctx.deps.store, awaiting.draftId)) return ended(sayThenAskWhatNext(ctx, t.alreadyHandled()), 'already-handled');
    // The hold may have ended between the two reads, with the draft put back after a wrong PIN.
    if (await loadDraft(ctx.deps.store, awaiting.draftId, ctx.session.customer.id)) return ended(sayThenAskWhatNext(ctx, t.alreadyHandled()), 'already-handled');
    ctx.conversation.awaiting = undefined;
    if (await wasHandled(ctx.deps.store, awaiting.draftId)) return ended(tell(t.alreadyHandled()), 'already-handled');
    // Expired: an approval it left waiting in the app is asked after, and withdrawn.
    const approval = await settleExpiredApproval(ctx, awaiting.draftId);
    if (approval.kind === 'approved') return ended(sayThenAskWhatNext(ctx, approval.said), 'uncertain');
    const stopped = intent === 'Stop' || intent === 'Cancel';
    if (approval.kind === 'withdrawn') return ended(stopped ? tell(approval.said) : sayThenAskWhatNext(ctx, approval.said), 'not-sent');
    return ended(stopped ? tell(t.cancelled()) : sayThenAskWhatNext(ctx, t.expired()), 'not-sent');
  }
  if (intent === 'CancelTransfer') {
    // "That's the wrong Anna", "it should go to Anna Schmidt" before anything is sent, after
    // "which Anna?": the payee is asked again among those offered, or the one named is taken;
    // the transfer is never dropped for it.
    const rechosen = await meantAmongChoices(ctx, draft);
    if (rechosen) return rechosen;
    // "Cancel the transfer to Bob" while paying Maria, when the one just sent went to Bob: that
    // one is undone, as a question in passing, and the transfer being prepared is asked again.
    if (await namesTheSentTransfer(ctx, draft.kind === 'payee' ? draft.payeeId : undefined)) return undefined;
    // "Cancel my last transfer" while preparing another: this one stops, and the one just sent,
    // which the bank still holds, is offered for undoing; never a goodbye with it left sent.
    const offer = await undoOffer(ctx);
    if (offer) return stopAndOfferUndo(ctx, draft, offer, await laterUndoQuestion(ctx, offer));
  }
  // "Cancel", "never mind", "das war ein Fehler": nothing is sent, and the conversation stays
  // open for what the customer meant instead; "stop" ends both.
  if (intent === 'Stop' || intent === 'Cancel' || intent === 'CancelTransfer') return endTransfer(ctx, draft, await stoppedSpeech(ctx), [], intent === 'Stop' ? 'close' : 'go-on');
  const view = await loadView(ctx);
  if (!view.ok) return view;
  if (intent === 'Help') return draft.step === 'approval' ? askApprovalAgain(ctx, draft, '', t.stepHelp(draft.step)) : advance(ctx, draft, view.value, t.stepHelp(draft.step));
  if (intent === 'Repeat') {
    if (draft.step === 'change') return question(ctx, draft, 'change', t.askChange(draft.kind));
    if (draft.step === 'pin') return askPinWithReadBack(ctx, draft, view.value);
    if (draft.step === 'approval') return askApprovalAgain(ctx, draft, '');
    // "What was the amount?", "say that again" before the read-back: what is known so far, then
    // the question; the read-backs say it all themselves.
    const to = destination(draft, view.value);
    // The source said before the question ("erm, savings I think"), unless it is what is asked.
    const from = draft.step === 'source' ? undefined : view.value.accounts.find((a) => a.id === draft.fromId);
    const recap = EARLY.has(draft.step) && (draft.amount || to || from) ? { amount: draft.amount, to, from, recap: true } : {};
    return advance(ctx, draft, view.value, '', recap);
  }
  // "Thanks" to "take your time" or to the read-back: a thanks, never a cancel; the question comes again.
  if (intent === 'Thanks') {
    if (draft.step === 'change') return question(ctx, draft, 'change', `${t.welcome()} ${t.askChange(draft.kind, true)}`);
    return draft.step === 'approval' ? askApprovalAgain(ctx, draft, t.welcome()) : advance(ctx, draft, view.value, t.welcome());
  }
  // "Did it go through?" before this transfer is finished is about this one: not yet, and its
  // question again. One about another transfer ("did Bob get the money?") is answered in passing.
  if (intent === 'TransferStatus' && draft.step !== 'approval' && !isHeard(ctx.turn.slots.latest) && !isHeard(ctx.turn.slots.payee)) return advance(ctx, draft, view.value, t.notSentYet());
  if (intent === 'StartOver') {
    const left = await discardDraft(ctx, draft);
    const fresh = newDraft(ctx.session.customer.id, draft.kind);
    if (draft.kind === 'card') fresh.toId = draft.toId;
    return advance(ctx, fresh, view.value, [t.startingOver(), left].filter(Boolean).join(' '));
  }
  return (await leftAfterTransfer(ctx, draft, view.value)) ?? answer(ctx, draft, view.value);
}

/** The transfer's question again after a question in passing, or undefined when it cannot be asked. */
async function resumeTransfer(base: HandlerContext, awaiting: Extract<Awaiting, { kind: 'transfer' }>, after: ResumeReason): Promise<Outcome | undefined> {
  const found = await withDraft(base, awaiting.draftId);
  if (!found || !found.draft || found.draft === UNREADABLE) return undefined;
  const { ctx, draft } = found;
  const view = await loadView(ctx);
  if (!view.ok) return undefined;
  const t = transferSpeech(ctx.turn.locale);
  const lead = after === 'answered-in-passing' ? t.backToTransfer(draft.kind) : resumeLead(ctx, after);
  // Resuming only asks: an approval is not looked up, so nothing is sent on a question asked in passing.
  if (draft.step === 'approval') return askApprovalAgain(ctx, draft, lead);
  if (draft.step === 'change') return question(ctx, draft, 'change', `${lead} ${t.askChange(draft.kind, lead !== '')}`.trim());
  const asked = await advance(ctx, draft, view.value, lead);
  // "Who are my payees?" at "who would you like to send money to?": the list just read is the one
  // "the second one" names, as if the question had read it out.
  if (ctx.turn.intent === 'ListPayees' && draft.kind === 'payee' && draft.step === 'payee' && !draft.offered?.length && view.value.payees.length > 0) {
    draft.offered = view.value.payees.map((p) => p.id);
    await saveDraft(ctx.deps.store, draft, ctx.deps.transferPolicy.pendingTtlSeconds);
  }
  return asked;
}
