/**
 * "And in October?", "what about restaurants?", "and my savings?": a follow-up asks the last
 * question again with what it names changed. The conversation keeps the last question asked
 * (its intent and the words of its slots: a period, a category, a merchant, an account kind,
 * never an amount or a balance), and a follow-up turn is rewritten into that question before
 * any handler or flow sees it.
 */
import { INTENT_SLOTS, type IntentName } from '../pipeline/intent-catalog';
import { BACK, FOLLOWED, type Conversation, type LastQuestion } from '../pipeline/conversation-state';
import { isHeard, type SlotValue, type Turn } from '../pipeline/turn';
import type { Locale } from '../kit/locale';
import { ACCOUNT_WORDS, accountKindOf, saysOtherAccount } from '../accounts/account-words';
import { matchWords } from '../pipeline/word-match';
import { EARLIER_WORDS } from './earlier-words';
import { periodBefore } from './period';


/** Slots that name one thing together: a new one replaces the others of its group. */
const GROUPS: readonly (readonly string[])[] = [['period', 'until'], ['category', 'merchant'], ['account', 'last4'], ['notCategory'], ['largest', 'latest']];

/** The furthest back "before that" goes, a bound on what the conversation keeps. */
const MAX_BACK = 50;

/** The longest slot text remembered. */
const MAX_WORDS = 60;

/** Whether an intent is a question a follow-up can follow (and "list them" can read the answer of). */
export const isFollowed = (intent: IntentName): intent is LastQuestion['intent'] => (FOLLOWED as readonly IntentName[]).includes(intent);
const slotsOf = (intent: IntentName): readonly string[] => INTENT_SLOTS[intent];

/**
 * Questions answered whole that no follow-up changes: after one, "and last month?" has nothing to
 * follow, never the spending question asked before it ("£378.81 at Tesco" after the card's bill).
 */
const ENDS_FOLLOWING: ReadonlySet<IntentName> = new Set(['CardDetails', 'CardStatus', 'TransferStatus', 'TransferLimits', 'ListPayees', 'SuspiciousActivity', 'ListAccounts']);

/** Remembers a question a follow-up may change, once it was answered; forgets it after one that none changes. */
export function rememberQuestion(conversation: Conversation, turn: Turn): void {
  if (ENDS_FOLLOWING.has(turn.intent)) {
    conversation.lastQuestion = undefined;
    conversation.periodQuestion = undefined;
  }
  if (!isFollowed(turn.intent)) return;
  const slots: Record<string, SlotValue> = {};
  for (const name of [...slotsOf(turn.intent), BACK]) {
    const slot = turn.slots[name];
    if (isHeard(slot)) slots[name] = { value: slot.value.trim().slice(0, MAX_WORDS), ...(slot.id ? { id: slot.id.slice(0, MAX_WORDS) } : {}) };
  }
  conversation.lastQuestion = { intent: turn.intent, slots };
  if (takesPeriod(turn.intent)) conversation.periodQuestion = conversation.lastQuestion;
}

/** The slots that name a period, in a follow-up. */
const PERIOD_SLOTS = ['period', 'until', 'since', 'earlier'];

/** Whether a question is asked about a period (spending, history, income), as a balance never is. */
const takesPeriod = (intent: IntentName) => slotsOf(intent).includes('period');

/**
 * The question a follow-up changes: the last one; or, when the follow-up names a period ("and the
 * month before?") and the last one was a balance, which has none, the last one that took a
 * period, with its category, shop or account kept. (After a charge looked up, the charge question
 * decides what follows it.)
 */
function questionFollowed(turn: Turn, conversation: Conversation): LastQuestion | undefined {
  const { lastQuestion: last, periodQuestion } = conversation;
  if (last?.intent !== 'Balance' || !periodQuestion) return last;
  return PERIOD_SLOTS.some((name) => isHeard(turn.slots[name])) ? periodQuestion : last;
}

/**
 * "And my other account?" after a question about savings is about checking, and the other way
 * round: the slot for the other kind, or the slot as said when the last question named neither.
 */
function otherAccountKind(said: SlotValue, before: SlotValue | undefined, locale: Locale): SlotValue {
  if (!before || !saysOtherAccount(said, locale)) return said;
  const kind = accountKindOf(before, locale);
  const other = kind === 'checking' ? 'savings' : kind === 'savings' ? 'checking' : undefined;
  return other ? { value: ACCOUNT_WORDS[locale][other][0] ?? other, id: other } : said;
}

/**
 * "And the week before?", "before that": the slots heard in a follow-up with the period just before
 * the last one asked about in place of the words, which no date type reads (a platform may still have taken
 * them for a date of its own, which is dropped). Undefined when the turn says no such thing, or
 * there is no question before it.
 */
function earlierPeriod(heard: readonly [string, SlotValue][], turn: Turn, last: LastQuestion | undefined, now: Date): [string, SlotValue][] | undefined {
  const earlier = matchWords(turn.slots.earlier, EARLIER_WORDS[turn.locale]);
  if (!last || earlier.kind !== 'matched') return undefined;
  // "And the one before that?" after "when was I last at Starbucks?": the payment before the one
  // just said, never the last one of the month before, which skipped every payment between.
  // So after "when did I get paid?": the deposit before the one just said.
  const latestDeposit = last.intent === 'Income' && !last.slots.period && !last.slots.until && !last.slots.since;
  if (earlier.id === 'before' && (isHeard(last.slots.latest) || latestDeposit)) {
    const back = Number(last.slots[BACK]?.value ?? '0') + 1;
    return [...heard.filter(([name]) => name !== 'earlier'), [BACK, { value: String(Math.min(back, MAX_BACK)) }]];
  }
  const { period, until } = last.slots;
  const before = periodBefore(period?.id ?? period?.value, until?.id ?? until?.value, earlier.id, now, turn.locale);
  if (!before) return undefined;
  return [...heard.filter(([name]) => !['earlier', 'period', 'until'].includes(name)), ['period', { value: before }]];
}

/**
 * The turn a follow-up stands for: the last question with the follow-up's slots in place of
 * those of the same group. A follow-up that names what the last question cannot take ("and on
 * groceries?" after "when did my salary come in?") goes to the first question that can. The turn
 * itself when it is no follow-up, or there is no question to follow (unless it names only an
 * account).
 */
export function followUpTurn(turn: Turn, conversation: Conversation, now: Date): Turn {
  const amountAfterCharge = chargeAskedAgain(turn, conversation);
  if (amountAfterCharge) return amountAfterCharge;
  if (turn.intent !== 'FollowUp') return turn;
  const slots = Object.entries(turn.slots).filter((e): e is [string, SlotValue] => isHeard(e[1]));
  const last = questionFollowed(turn, conversation);
  const heard = earlierPeriod(slots, turn, last, now) ?? slots;
  const before = last?.slots.account;
  const said = heard.map(([name, slot]): [string, SlotValue] => [name, name === 'account' ? otherAccountKind(slot, before, turn.locale) : slot]);
  const saidNames = said.map(([name]) => name);
  // "And my savings?" with no question before it names an account, as "my savings" does: the
  // account a transfer waits for, or that account's balance.
  // "What was the biggest one?" with none before it: the biggest payment, as "my biggest purchase" is.
  if (!last && saidNames.length === 1 && saidNames[0] === 'largest') return { ...turn, intent: 'Spending', slots: Object.fromEntries(said) };
  if (!last) return saidNames.length === 1 && saidNames[0] === 'account' ? { ...turn, intent: 'ProvideAccount', slots: Object.fromEntries(said) } : turn;
  const takes = (intent: IntentName) => saidNames.every((name) => name === BACK || slotsOf(intent).includes(name));
  // After a charge looked up, only what a charge is asked by ("and at Costa?") follows it: "and
  // last month?" is no question about spending that nobody asked. "The biggest one" is the
  // biggest payment where the charges were.
  if (last.intent === 'FindCharge' && !takes(last.intent) && !saidNames.includes('largest')) return turn;
  const intent = takes(last.intent) ? last.intent : FOLLOWED.find(takes);
  if (!intent) return turn;
  const replaced = new Set(GROUPS.filter((group) => group.some((name) => saidNames.includes(name))).flat());
  const kept = Object.entries(last.slots).filter(([name]) => !replaced.has(name) && slotsOf(intent).includes(name));
  return { ...turn, intent, slots: Object.fromEntries([...kept, ...said]) };
}

/** The slots of an amount said alone that a charge is looked up by. */
const CHARGE_AMOUNT = ['amount', 'cents', 'currency', 'number', 'amountWord'] as const;

/** Whether an amount said came with a "one" after it ("the twenty dollar one"), heard as a number of its own. */
const saysTheOne = (turn: Turn) => ['nextAmount', 'number'].some((name) => turn.slots[name]?.value.trim() === '1') && isHeard(turn.slots.amount);

/** Whether a transfer is being prepared, set aside, waits as the second of two, or was just made. */
function transferInHand(conversation: Conversation): boolean {
  const { awaiting, paused, nextTransfer } = conversation;
  return awaiting?.kind === 'transfer' || paused?.kind === 'transfer' || nextTransfer !== undefined || awaiting?.kind === 'after-transfer' || awaiting?.kind === 'undo-offer' || awaiting?.kind === 'payees-listed';
}

/**
 * "What about the twenty pound one?" right after "what was that twelve pound charge?", or with no
 * transfer in hand at all: the charge question (again) with the amount said (and the shop asked
 * about), never a transfer of it begun on a guess. A transfer being prepared, or set aside, takes
 * its amount as ever. Undefined for any other turn.
 */
function chargeAskedAgain(turn: Turn, conversation: Conversation): Turn | undefined {
  const last = conversation.lastQuestion;
  if (turn.intent !== 'ProvideAmount') return undefined;
  if (conversation.awaiting?.kind === 'transfer' || conversation.paused?.kind === 'transfer') return undefined;
  if (last?.intent !== 'FindCharge' && (!saysTheOne(turn) || transferInHand(conversation))) return undefined;
  const said = CHARGE_AMOUNT.flatMap((name): [string, SlotValue][] => {
    const slot = turn.slots[name];
    return isHeard(slot) ? [[name, slot]] : [];
  });
  if (said.length === 0) return undefined;
  const merchant = last?.intent === 'FindCharge' ? last.slots.merchant : undefined;
  return { ...turn, intent: 'FindCharge', slots: Object.fromEntries([...(merchant ? [['merchant', merchant] as const] : []), ...said]) };
}
