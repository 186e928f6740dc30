/**
 * Folds what the customer just said (a turn's slots) into the transfer being prepared. Any field
 * may be corrected at any step; what an answer means can depend on the question it answers
 * ("savings" to "to which account?" is the target, to "from which account?" the source), and
 * "the second one" picks from the list the last question read out.
 */
import type { Account, Payee } from '../banks/bank-types';
import { matchAccount } from '../accounts/account-match';
import { accountKindOf, saysOtherAccount } from '../accounts/account-words';
import type { Locale } from '../kit/locale';
import type { Money } from '../kit/money';
import { endingIn } from '../pipeline/ending-in';
import { ordinalOf, pastTheEnd, positionSlot } from '../pipeline/ordinal';
import { isHeard, type SlotValue } from '../pipeline/turn';
import { matchWords } from '../pipeline/word-match';
import { amountFromSlots, saysAmount } from './amount';
import { ok } from '../kit/result';
import { CARD_OPTION_WORDS, CARD_OPTIONS, type CardOption } from './card-option-words';
import { startOrderAgain, takeAmount, type TransferDraft, type TransferStep } from './draft';
import { holdsAName, matchPayees } from './payee-match';
import { choseTarget, mergeOtherOne, otherAmount, takeOtherAccount } from './other-one';
import type { MergeContext, SlotProblem } from './merge-types';
import { moneySources } from './money-sources';

export type { MergeContext, SlotProblem } from './merge-types';


function pickAccount(slot: SlotValue | undefined, among: readonly Account[], locale: Locale): Account | undefined {
  const match = matchAccount(slot, among, locale);
  return match.kind === 'matched' && match.accounts.length === 1 ? match.accounts[0] : undefined;
}

/**
 * "Number two" or "two" to "which one: Anna Schmidt or Anna Lee?": a whole number no larger than
 * the list, said without a currency or cents, names a place on the list, not an amount. So does
 * "number one" to what to pay on the card: "or another amount" invites a number, but not a
 * payment of one or two with no currency, and the option chosen is said back with its amount.
 */
/** The questions that offer a list to choose from. */
const PLACES_ASKED: ReadonlySet<TransferStep> = new Set(['choose-payee', 'source', 'target', 'card-option']);

function positionSaid(draft: TransferDraft, slots: MergeContext['slots']): SlotValue | undefined {
  const listed = draft.offered?.length ?? 0;
  if (!PLACES_ASKED.has(draft.step)) return undefined;
  const said = slots.amount ?? slots.pin;
  const value = said?.value.trim() ?? '';
  if (!said || said.currency || isHeard(slots.currency) || slots.cents?.value.trim() || !/^\d$/.test(value)) return undefined;
  return Number(value) >= 1 && Number(value) <= listed ? said : undefined;
}

/**
 * "The second one": the item of the last list the ordinal names, applied to what that list was
 * for; `position` is a bare number that may name one (positionSaid). Undefined when the turn
 * names no position; a problem when it names one the list lacks.
 */
function mergeChoice(draft: TransferDraft, m: MergeContext, position: SlotValue | undefined): SlotProblem | 'chosen' | undefined {
  const offered = draft.offered ?? [];
  // "The one ending in 7781": the digits spoken for a payee or an account on the list.
  const lastFours = offeredLastFours(draft, m);
  const byDigits = endingIn(m.slots.last4, lastFours);
  if (byDigits === 'no-match') return chosenByDigits(draft, m);
  const named = positionSlot(m.slots);
  // "Well first, Anna Lee", "the first one, Anna Lee" to "which one?": a name that picks one payee
  // of the list read out says more than a place said beside it, which may be only a way of speaking.
  if (named && draft.step === 'choose-payee' && namesOneOffered(m.slots.payee, offered, m.payees)) return undefined;
  // "Nein, an die erste" to "from which account?", after "which Anna?": the place is on the list of
  // payees. So is "the second one" alone, said at the read-back or the PIN prompt after "which Anna?".
  const afterLists = pastTheLists(draft);
  // "No, the first one" to "how much?" after "pay the third one" of the payees read out, or after
  // "which Anna?": "how much?" reads out no list, so the place is on the payees' list too.
  const noListAsked = afterLists || ((draft.offered?.length ?? 0) === 0 && draft.step === 'amount');
  if (named && draft.kind === 'payee' && (m.namesPayee || (noListAsked && (draft.payeeChoices?.length ?? 0) > 1))) return rechosenPayee(draft, named, m.payees);
  // "The second one" at the read-back of a card payment: the options as they were offered.
  if (named && draft.kind === 'card' && afterLists && draft.cardOption !== undefined) return rechosenOption(draft, named);
  // Anywhere else a place said with no list to read it on is said not understood, never passed over in silence.
  if (named && afterLists) return { kind: 'no-such-choice' };
  const slot = named ?? (offered.length > 0 ? (m.slots.payee ?? m.slots.account ?? m.slots.option ?? position) : undefined);
  if (byDigits === undefined && !slot?.value.trim()) return undefined;
  const index = byDigits ?? ordinalOf(slot, offered.length);
  // A place said with no list read out ("send the second one twenty dollars" as the first words)
  // chooses nothing, and the rest of what was said stands.
  if (index === undefined) return named && offered.length > 0 ? noSuchChoice(named, draft.step === 'card-option' ? CARD_PLACES : offered.length) : undefined;
  const id = offered[index] as string;
  if (draft.step === 'choose-payee' || draft.step === 'payee') {
    draft.payeeId = m.payees.find((p) => p.id === id)?.id;
    draft.candidates = undefined;
  } else if (draft.step === 'source') draft.fromId = m.accounts.find((a) => a.id === id)?.id;
  else if (draft.step === 'target') draft.toId = m.accounts.find((a) => a.id === id)?.id;
  else if (draft.step === 'card-option' && CARD_OPTIONS.includes(id as CardOption)) draft.cardOption = id as CardOption;
  else return { kind: 'no-such-choice' };
  startOrderAgain(draft);
  return 'chosen';
}

/** Whether the payee said is one, and only one, of the payees offered. */
function namesOneOffered(said: SlotValue | undefined, offered: readonly string[], payees: readonly Payee[]): boolean {
  const heard = said?.value.trim();
  return !!heard && holdsAName(heard) && matchPayees(heard, payees.filter((p) => offered.includes(p.id))).length === 1;
}

/** A place no item of a list of `count` is at; how many there are when the place is past the end. */
function noSuchChoice(named: SlotValue, count: number): SlotProblem {
  return pastTheEnd(named, count) ? { kind: 'no-such-choice', only: count } : { kind: 'no-such-choice' };
}

/** The last digits the skill spoke for each payee or account on the list offered last, in its order. */
export function offeredLastFours(draft: TransferDraft, known: Pick<MergeContext, 'payees' | 'accounts'>): string[] {
  return (draft.offered ?? []).map((id) => known.payees.find((p) => p.id === id)?.last4 ?? known.accounts.find((a) => a.id === id)?.last4 ?? '');
}

/** The card question offers its options, then "or another amount": the places a customer heard. */
const CARD_PLACES = CARD_OPTIONS.length + 1;

/**
 * "The third one", "the last one" to "the statement balance, the minimum payment, or another
 * amount?", then or at a later question of that card payment: another amount, which is asked for.
 */
export function choosesAnotherAmount(draft: TransferDraft, slots: MergeContext['slots']): boolean {
  if (draft.kind !== 'card') return false;
  const asked = draft.step === 'card-option' || (draft.cardOption !== undefined && pastTheLists(draft));
  return asked && ordinalOf(positionSlot(slots), CARD_PLACES) === CARD_OPTIONS.length;
}

/** The questions after every list was answered: a place said there names one on a list said earlier, or none. */
const LATER_STEPS: ReadonlySet<TransferStep> = new Set(['check-amount', 'check-duplicate', 'confirm', 'pin', 'approval']);

/** At one of those questions, with no list read out in it. */
const pastTheLists = (draft: TransferDraft) => (draft.offered?.length ?? 0) === 0 && LATER_STEPS.has(draft.step);

/** "The second one" after the card's options were answered: that option, in the order they are offered. */
function rechosenOption(draft: TransferDraft, named: SlotValue): SlotProblem | 'chosen' {
  const index = ordinalOf(named, CARD_OPTIONS.length);
  const option = index === undefined ? undefined : CARD_OPTIONS[index];
  if (!option) return noSuchChoice(named, CARD_PLACES);
  if (option !== draft.cardOption) {
    draft.cardOption = option;
    draft.amount = undefined;
    draft.amountChecked = false;
  }
  startOrderAgain(draft);
  return 'chosen';
}

/** A place on the list of payees "which one?" offered earlier in this transfer, chosen again at a later question. */
function rechosenPayee(draft: TransferDraft, named: SlotValue, payees: MergeContext['payees']): SlotProblem | 'chosen' {
  const choices = draft.payeeChoices ?? [];
  const index = ordinalOf(named, choices.length);
  if (index === undefined) return noSuchChoice(named, choices.length);
  const payee = payees.find((p) => p.id === choices[index]);
  if (!payee) return { kind: 'no-such-choice' };
  draft.payeeId = payee.id;
  draft.candidates = undefined;
  startOrderAgain(draft);
  return 'chosen';
}

/**
 * "No, from the one ending in 8765" at the read-back, or digits no item of the last list ends
 * in: the one payee, or account money may come from, whose digits the skill speaks ends in them.
 * Between the customer's own accounts the digits alone do not say which end is meant, so there
 * nothing is chosen.
 */
function chosenByDigits(draft: TransferDraft, m: MergeContext): SlotProblem | 'chosen' {
  if (draft.kind === 'own') return { kind: 'no-such-choice' };
  const payees = draft.kind === 'payee' ? m.payees : [];
  const accounts = moneySources(m.accounts);
  const index = endingIn(m.slots.last4, [...payees.map((p) => p.last4), ...accounts.map((a) => a.last4)]);
  if (typeof index !== 'number') return { kind: 'no-such-choice' };
  const payee = payees[index];
  if (payee) {
    draft.payeeId = payee.id;
    draft.candidates = undefined;
  } else draft.fromId = accounts[index - payees.length]?.id;
  startOrderAgain(draft);
  return 'chosen';
}

/**
 * "The other way round" to a move between own accounts: the two accounts swap. With no move of two
 * accounts to swap, it names nothing the dialog can take.
 */
function mergeReverse(draft: TransferDraft, m: MergeContext): SlotProblem | undefined {
  if (!isHeard(m.slots.reverse)) return undefined;
  if (draft.kind !== 'own' || !draft.fromId || !draft.toId) return { kind: 'no-such-choice' };
  const target = m.accounts.find((a) => a.id === draft.fromId);
  // Money cannot come out of the credit card, so a card payment is not turned round into that.
  if (!target || target.kind === 'credit-card') return { kind: 'not-a-source' };
  [draft.fromId, draft.toId] = [draft.toId, draft.fromId];
  startOrderAgain(draft);
  return undefined;
}

/**
 * The payee said: `payee` names one, `otherPayee` ("the other Anna") names the payees a name
 * fits less the one chosen now. "The other" with no other payee of that name is not understood.
 * A payee named in a move between own accounts makes it a transfer to that payee.
 */
function mergePayee(draft: TransferDraft, m: MergeContext): SlotProblem | undefined {
  const named = m.slots.payee?.value.trim() || (draft.kind === 'own' ? notAnAccount(m.slots.to, m) : undefined);
  const heard = named || m.slots.otherPayee?.value.trim();
  // Words with no name in them ("dem", "the"), which an open payee slot may catch, name nobody.
  if (!heard || !holdsAName(heard)) return undefined;
  // "No, to Bob" in a move between own accounts or a card payment, or "send ten dollars to my
  // mom" heard as a move: the money goes to a payee, from the same source. A word that names none
  // of the customer's payees at a card payment ("den ganzen Rechnungsbetrag" heard as a payee
  // "ganzen") leaves the card payment as it is: not understood, never a transfer to someone.
  if (draft.kind !== 'payee') {
    if (!named) return undefined;
    if (draft.kind === 'card' && matchPayees(named, m.payees).length === 0) return { kind: 'no-such-choice' };
    draft.kind = 'payee';
    draft.toId = undefined;
    draft.cardOption = undefined;
  }
  // "The other Anna" to "which one?" asked again after one was chosen: the one chosen before is passed over.
  const except = named ? undefined : (draft.payeeId ?? (draft.step === 'choose-payee' ? draft.payeeBefore : undefined));
  const pool = (draft.candidates ? m.payees.filter((p) => draft.candidates?.includes(p.id)) : m.payees).filter((p) => p.id !== except);
  const found = matchPayees(heard, pool);
  if (except && found.length === 0) {
    const chosen = m.payees.find((p) => p.id === except);
    // "The other Bob" when Bob Carter is the only Bob: the one chosen is the only one of that name.
    return chosen && matchPayees(heard, [chosen]).length === 1 && matchPayees(heard, m.payees).length === 1 ? { kind: 'only-one-named', name: chosen.name } : { kind: 'no-such-choice' };
  }
  // "The other Anna" to "which one: Anna Schmidt or Anna Lee?", no Anna chosen yet: which is asked again, saying so.
  if (!named && !except && found.length > 1) return { kind: 'none-chosen' };
  const matched = found.length === 0 && draft.candidates ? matchPayees(heard, m.payees) : found;
  if (matched.length === 0) return { kind: 'no-payee', heard: heard.slice(0, 60) };
  draft.candidates = matched.length > 1 ? matched.map((p) => p.id) : undefined;
  // "No, to Anna" after Anna Lee was chosen: asked which again, "the other one" is still Anna Schmidt.
  draft.payeeBefore = matched.length > 1 ? matched.find((p) => p.id === draft.payeeId)?.id : undefined;
  draft.payeeId = matched.length === 1 ? matched[0]?.id : undefined;
  startOrderAgain(draft);
  return undefined;
}

/** Words said where an own account goes ("to my mom") that name no account: perhaps a payee. */
function notAnAccount(slot: SlotValue | undefined, m: MergeContext): string | undefined {
  const said = slot?.value.trim();
  if (!slot || !said || slot.id || saysOtherAccount(slot, m.locale) || accountKindOf(slot, m.locale)) return undefined;
  return said;
}

/**
 * "To my savings" in a transfer to someone, or "my savings" when asked who to pay: the money
 * goes to one of the customer's own accounts, so the draft becomes a transfer between them and
 * keeps its amount and source. A payee said in the same turn wins. Returns the slot that named
 * the account.
 */
function toOwnAccount(draft: TransferDraft, m: MergeContext): SlotValue | undefined {
  if (draft.kind !== 'payee' || m.slots.payee?.value.trim()) return undefined;
  // Only "who should I pay?" takes a bare account as the destination: to "which Anna?" it is the source said early.
  const asked = draft.step === 'payee';
  const slot = m.slots.to ?? (asked && !m.slots.from ? m.slots.account : undefined);
  const to = pickAccount(slot, m.accounts, m.locale);
  if (!to) return undefined;
  draft.kind = 'own';
  draft.payeeId = undefined;
  draft.candidates = undefined;
  // The account named is now the target: the bare `account` that named it is not also the source.
  if (draft.fromId === to.id) draft.fromId = undefined;
  startOrderAgain(draft);
  return slot;
}

/**
 * "The other account": of the accounts a field may take, the one it does not hold now. Undefined
 * when the slot says something else; 'unclear' when, with one chosen, no single account is the
 * other one.
 */
function otherAccount(slot: SlotValue | undefined, pool: readonly Account[], current: string | undefined, locale: Locale): Account | 'unclear' | 'none' | undefined {
  if (!saysOtherAccount(slot, locale)) return undefined;
  const rest = pool.filter((a) => a.id !== current);
  if (rest.length === 1) return rest[0];
  // With nothing chosen yet, "the other account" chooses nothing: the question is put again, saying so.
  return current ? 'unclear' : 'none';
}

/** The source said: an account by its kind, or "the other account" ('unclear' when none is). */
function sourceSaid(draft: TransferDraft, slot: SlotValue | undefined, m: MergeContext): Account | 'unclear' | 'none' | undefined {
  const other = otherAccount(slot, moneySources(m.accounts).filter((a) => a.id !== draft.toId), draft.fromId, m.locale);
  return other ?? pickAccount(slot, moneySources(m.accounts), m.locale);
}

/**
 * "Erm, savings I think" while a move into savings is checked, no account asked for: the
 * destination named again, never the move turned round. English says "from" where it means the
 * source ("no, from savings" turns it). German may say "vom Girokonto" in the same slot as the
 * bare account, so "Girokonto" alone cannot tell the two apart there: the move is never turned
 * round on it, and the answer says how to turn it (de-DE `isTarget`). With an amount beside it
 * ("nein, 300 Euro vom Girokonto"), the German account is the source, as before.
 */
function namesTargetAgain(draft: TransferDraft, m: MergeContext): boolean {
  const { account, from, to } = m.slots;
  if (draft.kind !== 'own' || !isHeard(account) || isHeard(from) || isHeard(to)) return false;
  if (m.locale === 'de-DE' && saysAmount(m.slots)) return false;
  if (draft.step === 'source' || draft.step === 'target' || !draft.fromId || !draft.toId) return false;
  return pickAccount(account, m.accounts, m.locale)?.id === draft.toId;
}

/**
 * The accounts: `from` and `to` say which way; a bare `account` is the source, except in a
 * transfer between the customer's own accounts as the answer to "to which account?", or where
 * the source is known and the destination is not ("move money from savings", "how much?",
 * "checking"): the one still missing is the destination.
 */
function mergeAccounts(draft: TransferDraft, m: MergeContext): SlotProblem | undefined {
  const bare = m.slots.account;
  if (namesTargetAgain(draft, m)) return { kind: 'is-target' };
  // "Nein, das andere" to "fünfzig, nicht fünfzehn. Stimmt das?": the other amount, unless Alexa's words name a Konto.
  // (German says "das andere" for the account too; English "the other one" is OTHER_ONE, and "the other account" an account.)
  if (m.locale === 'de-DE' && draft.step === 'check-amount' && !m.slots.from && !m.slots.to && saysOtherAccount(bare, m.locale) && !/konto/i.test(bare?.value ?? '')) return otherAmount(draft);
  // "Das andere Konto" after "auf welches Konto?" was answered: the other account offered there.
  if (choseTarget(draft) && !m.slots.from && !m.slots.to && saysOtherAccount(bare, m.locale)) return takeOtherAccount(draft, m);
  const targetMissing = draft.kind === 'own' && (draft.step === 'target' || (draft.fromId !== undefined && !draft.toId && !m.slots.from && pickAccount(bare, m.accounts, m.locale)?.id !== draft.fromId));
  const toSlot = toOwnAccount(draft, m) ?? m.slots.to ?? (targetMissing ? bare : undefined);
  const fromSlot = m.slots.from ?? (toSlot === bare ? undefined : bare);
  const from = sourceSaid(draft, fromSlot, m);
  if (from === 'unclear') return { kind: 'no-such-choice' };
  if (from === 'none') return { kind: 'none-chosen' };
  const fromBefore = draft.fromId;
  if (from) {
    draft.fromId = from.id;
    startOrderAgain(draft);
  }
  // "Credit card" to "from which account?": said, and not a source, rather than dropped unheard.
  // In "pay my credit card bill" the card is where the money goes, though a platform may put it
  // in the source's slot of the card payment too.
  const namesCard = pickAccount(fromSlot, m.accounts, m.locale)?.kind === 'credit-card';
  if (!from && namesCard && !(draft.kind === 'card' && (m.asksToPayCard || draft.step !== 'source'))) return { kind: 'not-a-source' };
  if (draft.kind !== 'own') return undefined;
  // A credit card is a card, not "the other account".
  // "To the other account" after "to which account?": of the accounts offered there, the credit card among them.
  const targets = draft.accountChoices?.field === 'to' && draft.toId !== undefined ? m.accounts.filter((a) => draft.accountChoices?.ids.includes(a.id)) : moneySources(m.accounts);
  const otherTo = otherAccount(toSlot, targets.filter((a) => a.id !== draft.fromId), draft.toId, m.locale);
  if (otherTo === 'unclear') return { kind: 'no-such-choice' };
  if (otherTo === 'none') return { kind: 'none-chosen' };
  const to = otherTo ?? pickAccount(toSlot, m.accounts, m.locale);
  // "No, from savings" to a move from checking into savings: the customer means it the other
  // way round, and the read-back says so. With no source before, the destination is asked again.
  if (!to && from && from.id === draft.toId) {
    draft.toId = fromBefore !== undefined && fromBefore !== from.id ? fromBefore : undefined;
    return draft.toId ? undefined : { kind: 'was-target' };
  }
  if (!to) return undefined;
  if (to.id === draft.fromId) {
    // "No, to checking" to a move from checking (said, or taken as the usual source) into savings:
    // the other way round, from where the money was going, when that account can send; else the
    // source is asked. Both named at once ("from checking to checking"), or the source named again
    // when no destination was chosen, is no move at all.
    if (from || draft.toId === undefined) return { kind: 'same-account' };
    const before = moneySources(m.accounts).find((a) => a.id === draft.toId && a.id !== to.id);
    draft.fromId = before?.id;
    draft.toId = to.id;
    startOrderAgain(draft);
    return undefined;
  }
  draft.toId = to.id;
  startOrderAgain(draft);
  return undefined;
}

/**
 * "One fifty", "two ninety nine", with no currency said: one to nine units and two-digit cents,
 * which a listener may as well hear as $150 or $299. Such an amount gets the amount check. With
 * a currency ("a buck fifty") or ten units and more (over any voice limit read as hundreds), it
 * does not; nor in German, where "eins fünfzig" is never 150 and "zwei Komma fünf" says its comma.
 */
function saidAsPair(slots: MergeContext['slots'], amount: Money, locale: Locale): boolean {
  if (locale === 'de-DE') return false;
  const currencySaid = Boolean(slots.amount?.currency) || isHeard(slots.currency) || isHeard(slots.amountWord);
  const whole = Math.floor(amount.minor / 100);
  return !currencySaid && whole >= 1 && whole <= 9 && amount.minor % 100 >= 10;
}

/**
 * Updates the draft in place; a change of amount, destination, source or option needs a fresh
 * confirmation. An unusable amount is reported after everything else said was taken in.
 */
export function mergeSlots(draft: TransferDraft, m: MergeContext): SlotProblem | undefined {
  const position = positionSaid(draft, m.slots);
  const choice = mergeChoice(draft, m, position);
  if (choice !== undefined && choice !== 'chosen') return choice;
  // A number that chose a place on the list is not also the amount.
  const amount = choice === 'chosen' && position ? ok(undefined) : amountFromSlots(m.slots, m.currency);
  if (amount.ok && amount.value) {
    takeAmount(draft, amount.value);
    if (saidAsPair(m.slots, amount.value, m.locale)) draft.saidAsPair = true;
  }
  const option = matchWords(m.slots.option, CARD_OPTION_WORDS[m.locale]);
  if (draft.kind === 'card' && option.kind === 'matched') {
    draft.cardOption = option.id;
    draft.amount = undefined;
    draft.amountChecked = false;
    startOrderAgain(draft);
  }
  // "The minimum" is a card payment's option; to anyone else it names no amount, and the question
  // is not put again as if nothing was said. "All of it", heard as the card's statement balance,
  // is the whole balance of the source there (whole-balance.ts).
  const optionElsewhere = draft.kind !== 'card' && option.kind === 'matched' && option.id === 'minimum' && !(amount.ok && amount.value);
  if (choice !== 'chosen') {
    const payee = mergeOtherOne(draft, m) ?? mergePayee(draft, m);
    // "Send mom 25 dollars from checking" with no payee called "mom": the payee is asked for, and
    // the source said is kept, as the amount is, never asked for again.
    if (payee?.kind === 'no-payee') mergeAccounts(draft, m);
    if (payee) return payee;
  }
  // "Vom Konto, das auf 5566 endet": the digits chose the account; "Konto" beside them is no account of its own.
  // Nor is it in "vom zweiten Konto" to "from which account?": the place chose it.
  const choseAccount = choice === 'chosen' && (isHeard(m.slots.last4) || draft.step === 'source' || draft.step === 'target');
  const accounts = choseAccount ? undefined : mergeAccounts(draft, m);
  if (accounts) return accounts;
  const reversed = mergeReverse(draft, m);
  if (reversed) return reversed;
  if (optionElsewhere) return { kind: 'amount', problem: 'unreadable' };
  return amount.ok ? undefined : { kind: 'amount', problem: amount.error };
}
