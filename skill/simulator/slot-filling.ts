/**
 * Which found value fills which of the matched intent's slots, as the platform would fill them:
 * by type, and between two slots of one type ("from" and "to") by the words said before each in
 * the model's samples. Alexa has no money slot: an amount's cents go to the intent's `cents`
 * number slot and its currency word to a currency slot; and Alexa's two date slots take a
 * range's two ends. A value said right after "not", or right before a correction of it ("fifty,
 * no, sixty"), is what a correction takes back: it fills the intent's slot for that (named
 * `not...`, as "not {notAmount} {amount}"), which no other value fills.
 */
import type { Platform } from '../../fulfillment/kit/platform';
import type { ModelIntent } from './platforms/platform-model';
import { leadWord, wordsBefore } from './platforms/platform-model';
import { BUILTIN_SLOT_KINDS, fills } from './platforms/slot-kinds';
import type { FoundValue } from './values/found-value';

/** Words that take back the value right after them: "not Jonas but Anna", "Bob instead of Anna", "not from my checking", "falsches Konto", "the wrong account". */
const NEGATED =
  /(?:\bnot|\bnicht|\bned|\bstatt|\banstatt|\binstead of|\banstelle von|\bkein|\bkeine|\bwrong|\bfalsche[snr]?|\bexcluding|\bexcept|\bwithout|\bapart from|\bnot counting|\bother than|\bohne|\baußer|\babgesehen von)\s+(?:(?:an|to|the|den|die|der|das|from|into|my|von|vom|aufs|auf|mein|meinem|meine)\s+){0,2}$/i;

/**
 * A number is cents only where the platform's samples have it: before a word for cents ("and
 * twenty cents", "fifty p") or right after the currency or a note ("ten dollars fifty", "zwölf Euro
 * fünfzig", "a fiver fifty"). "Fifty dollars to Bob and twenty to Anna" holds no cents.
 */
const CENTS_AFTER = /^\s*(?:cents?|pence|penny|p|ct)\b/i;
const CURRENCY_BEFORE = /(?:dollars?|bucks?|pounds?|quid|euros?|€|\$|£|fiver|tenner)\s*$/i;
const saysCents = (v: FoundValue, text: string) => {
  // Money is cents only below one unit ("fifty pence" read as 0.50): "sixty euro" never is.
  if (v.type === 'money') return /^0(?:\.\d+)?$/.test(v.value ?? '');
  if (v.type === 'number' && CENTS_AFTER.test(text.slice(v.end))) return true;
  // "The twenty dollar one" names a payment by its amount: "one" after the currency is the word for it, never a cent.
  if (v.type === 'number' && /^one$/i.test(v.text)) return false;
  return v.type !== 'number' || CURRENCY_BEFORE.test(text.slice(0, v.start));
};

/** Words between two values of one kind that leave the choice open: "fifty or sixty", "fünfzig oder sechzig". */
const EITHER_OR = /^[\s,]*(?:or|or maybe|oder|oder vielleicht)[\s,]*$/i;

/**
 * The words between two values when the second corrects the first in the same breath ("fifty...
 * no, sixty", "vom Sparkonto, ach nein, vom Girokonto"): a word that corrects, and otherwise only
 * hesitations and the words a value is said with. "Fifty to Anna and thirty to Bob" has none.
 */
const CORRECTING = new Set(['ned', 'no', 'nope', 'sorry', 'oops', 'mean', 'meant', 'wait', 'actually', 'scratch', 'rather', 'nein', 'nee', 'nö', 'meine', 'mein', 'meinte', 'warte', 'doch', 'quatsch', 'eher', 'verzeihung', 'pardon', 'entschuldigung']);
const ALONGSIDE = new Set([
  'i', 'make', 'it', 'that', 'or', 'from', 'my', 'the', 'to', 'one', 'oh', 'uh', 'er', 'erm', 'um', 'hmm', 'ach', 'ich', 'mach', 'vom', 'von', 'meinem',
  'aufs', 'an', 'lieber', 'äh', 'ähm', 'öh', 'oder', 'die', 'der', 'das', 'den', 'dem',
  // The words a shop or a category is said with: "at Starbucks, no, at Amazon", "bei Edeka, nein, bei Rewe".
  'at', 'on', 'for', 'in', 'bei', 'beim', 'für', 'im',
]);
/**
 * "Change the account to savings", "ändere das Konto auf Sparkonto": the value after the verb is
 * what changes, and the one after "to"/"auf" what it becomes. The first is taken back, as a
 * platform fills only the slot its samples have after "to" ("change the account to {account}").
 */
const CHANGE_VERB_BEFORE = /(?:^|\s)(?:change|switch|set|ändere|änder|wechsle|wechsel|stell)\s+(?:the|my|das|den|die|mein(?:en)?)?\s*$/i;
const CHANGED_TO_BETWEEN = /^\s*(?:to|into|auf|aufs|in|ins|zu|zum)\s+(?:the|my|das|den|dem|die|mein(?:em)?)?\s*$/i;

/** Sounds of hesitation: a value, a pause, another value of its kind ("to Maria, er, Bob") is a correction. */
const HESITATING = new Set(['uh', 'er', 'erm', 'um', 'umm', 'hmm', 'äh', 'ähm', 'öh']);
function correctsBetween(between: string): boolean {
  const words = between.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  // "To Maria, Bob", "twenty... twenty five": a pause (a comma or dots left where hesitation was)
  // with nothing but it is a correction, a restart that replaces what came before; "and" never is.
  if (words.every((w) => HESITATING.has(w))) return /,|\.\.|…/.test(between) || words.length > 0;
  return words.some((w) => CORRECTING.has(w)) && words.every((w) => CORRECTING.has(w) || ALONGSIDE.has(w));
}

/**
 * Right after "my PIN is", "pin", "meine Geheimzahl ist": the digits are the PIN, and only a PIN
 * slot takes them. No sample has an amount there, so a platform never fills one with them ("my pin
 * is 0950, send Bob 20" is $20, never $950; "send Bob 20, pin 1234" has no cents of 1234).
 */
const SAID_AS_PIN = /\b(?:pin|code|geheimzahl)(?:\s+number|\s+nummer)?(?:\s+is|'s|\s+ist|\s+lautet)?[\s,:]*$/i;
const saidAsPin = (v: FoundValue, text: string) => (v.type === 'digits' || v.type === 'number' || v.type === 'money') && SAID_AS_PIN.test(text.slice(0, v.start));

/** Whether two values are of one kind: an amount said with or without its currency is one. */
const NUMERIC = new Set(['money', 'number']);
const sameKind = (a: FoundValue, b: FoundValue) => a.type === b.type || (NUMERIC.has(a.type) && NUMERIC.has(b.type));

/** A slot for what a correction takes back: `notAmount`, `notPayee`. */
const isTakenBackSlot = (slot: string) => /^not[A-Z]/.test(slot);

/** The slot a second transfer's slot follows: `payee` for `nextPayee`; undefined for any other slot. */
const firstOf = (slot: string) => (/^next[A-Z]/.test(slot) ? `${slot.charAt(4).toLowerCase()}${slot.slice(5)}` : undefined);

/** The second transfer's slot that follows a slot (`nextPayee` for `payee`), when the intent has one. */
const nextOf = (intent: ModelIntent, slot: string) => {
  const next = `next${slot.charAt(0).toUpperCase()}${slot.slice(1)}`;
  return next in intent.slots ? next : undefined;
};

/**
 * The values a customer meant, each marked when a correction takes it back ("nicht an Jonas,
 * sondern an Anna"). Where the intent has no slot for it, a value taken back is dropped when
 * another of its type is said too, so the correction, not what it corrects, fills the slot.
 */
function meant(found: readonly FoundValue[], text: string, hasSlotForIt: boolean, hasSecondAmount: boolean): { value: FoundValue; takenBack: boolean }[] {
  // Taken back by "not" before it, or by a correction after it that says another of its kind.
  // Values of another kind between the two are left out: "thirty to Bob, no wait, forty" corrects thirty.
  const correctedLater = (v: FoundValue) => {
    const next = found.find((o) => o.start >= v.end && sameKind(o, v));
    if (next === undefined) return false;
    const between = found.filter((o) => o.start >= v.end && o.end <= next.start && !sameKind(o, v));
    const words = between.reduceRight((said, o) => `${said.slice(0, o.start - v.end)} ${said.slice(o.end - v.end)}`, text.slice(v.end, next.start));
    return correctsBetween(words);
  };
  const changedTo = (v: FoundValue) => {
    const next = found.find((o) => o.start >= v.end && sameKind(o, v));
    return next !== undefined && CHANGE_VERB_BEFORE.test(text.slice(0, v.start)) && CHANGED_TO_BETWEEN.test(text.slice(v.end, next.start));
  };
  const negated = (v: FoundValue) => NEGATED.test(text.slice(0, v.start)) || correctedLater(v) || changedTo(v);
  // "Fifty or sixty": neither is meant until the customer chooses, so neither fills a slot, unless
  // the samples give the second a slot of its own ("{amount} or {nextAmount}").
  const undecided = (v: FoundValue) =>
    !(hasSecondAmount && (v.type === 'money' || v.type === 'number')) &&
    found.some((o) => o !== v && sameKind(o, v) && EITHER_OR.test(o.start >= v.end ? text.slice(v.end, o.start) : text.slice(o.end, v.start)));
  return found
    .filter((value) => !undecided(value))
    .map((value) => ({ value, takenBack: negated(value) }))
    .filter(({ value, takenBack }) => !takenBack || hasSlotForIt || !found.some((o) => o !== value && sameKind(o, value) && !negated(o)));
}

/** How well the words before a value fit a slot's samples; the word right before it counts twice. */
function contextScore(intent: ModelIntent, slot: string, text: string, v: FoundValue): number {
  const before = wordsBefore(text.slice(0, v.start));
  return before.reduce((sum, w, i) => sum + (intent.slotContexts[slot]?.includes(w) ? (i === before.length - 1 ? 2 : 1) : 0), 0);
}

/**
 * Two values for an intent's one slot of their type: the platform fills it with the value that
 * stands where its samples have the slot. "Pay my credit card from savings" matches "pay my
 * credit card from {from}": "credit card" is the sample's own words, and `from` is savings.
 */
function outplaced(intent: ModelIntent, text: string, all: readonly FoundValue[], v: FoundValue): boolean {
  const slots = Object.keys(intent.slots).filter((slot) => !isTakenBackSlot(slot) && fills(intent.slots[slot] ?? '', v.type));
  const slot = slots[0];
  if (slots.length !== 1 || !slot) return false;
  // Two transfers in one request ("ten pounds to Tom and twenty pounds to Anna"): the first amount
  // said is the first transfer's, wherever the samples put it.
  if (nextOf(intent, slot)) return false;
  const mine = contextScore(intent, slot, text, v);
  return all.some((o) => o !== v && o.start > v.start && fills(intent.slots[slot] ?? '', o.type) && contextScore(intent, slot, text, o) > mine);
}

/**
 * "And also send Maria a hundred dollars": a request whose first value stands where the samples
 * have a second transfer's slot ("also send {nextPayee} {nextAmount} dollars") rather than the
 * first's is about that second transfer alone, and its values fill the second transfer's slots.
 */
function secondOnly(intent: ModelIntent, text: string, first: FoundValue | undefined): boolean {
  if (!first) return false;
  return Object.keys(intent.slots).some((slot) => {
    const base = firstOf(slot);
    // The words decide, even where the second's slot is of a narrower type ("plus a hundred
    // dollars to Maria": Dialogflow's second amount is a bare number, its first money).
    return base !== undefined && fills(intent.slots[base] ?? '', first.type) && contextScore(intent, slot, text, first) > contextScore(intent, base, text, first);
  });
}

/**
 * Dialogflow's samples say the second transfer's amount as a bare number before the currency's
 * own word ("und {nextPayee} {nextAmount} euro"), so "zwölf Euro" there fills that number slot
 * with twelve, as the platform tags the number and leaves the word.
 */
const secondAmountSaid = (slot: string, type: string, v: FoundValue) => slot === 'nextAmount' && type === '@sys.number' && v.type === 'money' && /^\d+(?:\.\d+)?$/.test(v.value ?? '');

/**
 * A word of a custom type that, with the word before it, is a sample's own words, and that no
 * sample has a slot of its type after: "about" in "what about forty five", which the samples say
 * as "what about {amount}". The platform matches that sample and fills no slot with it, though
 * "about" is also a guess ("about fifty").
 */
function samplesOwnWords(intent: ModelIntent, text: string, v: FoundValue): boolean {
  // Names (payees, shops) are the customer's own words wherever they stand, never a sample's.
  if (BUILTIN_SLOT_KINDS[v.type] || /payee|merchant/i.test(v.type) || !Object.values(intent.slots).includes(v.type)) return false;
  const before = wordsBefore(text.slice(0, v.start)).at(-1);
  if (!before || /\s/.test(v.text.trim())) return false;
  // Where a sample has the slot right after that word too, the value stands where a slot does.
  const slots = Object.keys(intent.slots).filter((slot) => intent.slots[slot] === v.type);
  if (slots.some((slot) => intent.slotContexts[slot]?.includes(before))) return false;
  return samplesAsText(intent).includes(` ${before} ${v.text.trim().toLowerCase()} `);
}

/** An intent's samples in lower case as one text, each between spaces and bars: read once per trained intent, not per value. */
const sampleTexts = new WeakMap<ModelIntent, string>();
function samplesAsText(intent: ModelIntent): string {
  let text = sampleTexts.get(intent);
  if (text === undefined) {
    text = intent.samples.map((sample) => ` ${sample.toLowerCase()} `).join('|');
    sampleTexts.set(intent, text);
  }
  return text;
}

/** Fills the intent's slots from the values found in the text. */
export function fillSlots(platform: Platform, intent: ModelIntent, found: readonly FoundValue[], text: string): Record<string, FoundValue> {
  const slots: Record<string, FoundValue> = {};
  const takesBack = Object.keys(intent.slots).some(isTakenBackSlot);
  const candidates = meant(found.filter((v) => !samplesOwnWords(intent, text, v)), text, takesBack, 'nextAmount' in intent.slots);
  const values = candidates.map((c) => c.value);
  const aboutSecond = secondOnly(intent, text, [...values].sort((a, b) => a.start - b.start)[0]);
  for (const { value: said, takenBack } of candidates.filter((c) => aboutSecond || !outplaced(intent, text, values, c.value))) {
    const fitting = (slot: string) => !takesBack || isTakenBackSlot(slot) === takenBack;
    const centsFit = (slot: string, v: FoundValue) => !/^cents/.test(slot) || saysCents(v, text);
    const fits = (slot: string, v: FoundValue) => {
      const type = intent.slots[slot];
      return type !== undefined && !slots[slot] && fitting(slot) && centsFit(slot, v) && (fills(type, v.type) || secondAmountSaid(slot, type, v)) && (slot === 'pin' || !saidAsPin(v, text));
    };
    // A second transfer's value ("and thirty to Bob") comes after the first's: its slot is filled
    // only once the first transfer's slot of that kind is, or cannot take the value.
    // A number after a word for an amount ("a tenner and twenty quid to Anna") is no count of it
    // ("two tenners" says the count first): the first transfer's amount is said.
    // Pence said after the word ("a tenner and fifty p", money below one unit) are its pence.
    const pence = (v: FoundValue) => v.type === 'money' && /^0\.\d{1,2}$/.test(v.value ?? '');
    const countsWord = (slot: string, v: FoundValue) => slot !== 'amount' || !slots['amountWord'] || slots['amountWord'].end > v.start || pence(v);
    const firstFits = (slot: string, v: FoundValue) => fits(slot, v) && countsWord(slot, v);
    const freeFor = (v: FoundValue) =>
      Object.keys(intent.slots).filter((slot) => {
        if (aboutSecond) {
          const next = nextOf(intent, slot);
          return firstFits(slot, v) && !(next && firstFits(next, v));
        }
        const base = firstOf(slot);
        return firstFits(slot, v) && !(base && firstFits(base, v));
      });
    // The words read as the first of their types that this intent has a slot for.
    const value = [said, ...(said.alternatives ?? [])].find((v) => freeFor(v).length > 0);
    if (!value) continue;
    // A second transfer's slot whose first is still empty ("a fiver fifty": the fifty is pence) is
    // taken only when nothing else can take the value.
    const open = freeFor(value);
    const before = (slot: string) => {
      const base = firstOf(slot);
      return aboutSecond || !base || slots[base] !== undefined;
    };
    const free = open.some(before) ? open.filter(before) : open;
    // The word right before the value counts twice: "100 dollars to savings" is `to`, though samples have "dollars from {from}".
    const score = (slot: string) => contextScore(intent, slot, text, value);
    // Words no sample has before any of the slots: the slot said in more ways is the likelier.
    const ways = (slot: string) => intent.slotContexts[slot]?.length ?? 0;
    // The same words before both ("put 50 in savings": samples say "in {to}" and "in my {from}"): the slot the last word leads into in more samples.
    const last = leadWord(text.slice(0, value.start));
    const leadsInto = (slot: string) => intent.slotLastWords[slot]?.[last] ?? 0;
    // Only between two slots of one custom type that are not a first transfer's and a second's
    // ("from" and "to"); dates and numbers keep the order of the intent's slots.
    const custom = (slot: string) => !BUILTIN_SLOT_KINDS[intent.slots[slot] ?? ''];
    const twins = (a: string, b: string) => intent.slots[a] === intent.slots[b] && custom(a) && !firstOf(a) && !firstOf(b);
    const tieBreak = (s: string, best: string) => (score(s) > 0 ? twins(s, best) && leadsInto(s) > leadsInto(best) : ways(s) > ways(best));
    const better = (s: string, best: string) => score(s) > score(best) || (score(s) === score(best) && tieBreak(s, best));
    const slot = free.reduce((best, s) => (better(s, best) ? s : best));
    slots[slot] = value;
  }
  return platform === 'alexa' ? alexaSlots(intent, swappedTwins(intent, text, slots)) : swappedTwins(intent, text, slots);
}

/**
 * Two values in two slots of one custom type ("from" and "to") are placed as a pair, as a
 * platform reads the whole sentence: "move everything in savings to checking" fills `from` with
 * savings though "in" leads into `to` in more samples, because "to" right before checking fits
 * `to` better still. The slots are swapped when the pair fits better the other way round.
 */
function swappedTwins(intent: ModelIntent, text: string, slots: Record<string, FoundValue>): Record<string, FoundValue> {
  const names = Object.keys(slots).filter((slot) => !BUILTIN_SLOT_KINDS[intent.slots[slot] ?? ''] && !firstOf(slot) && !isTakenBackSlot(slot));
  for (const a of names) {
    for (const b of names) {
      const [va, vb] = [slots[a], slots[b]];
      if (a >= b || intent.slots[a] !== intent.slots[b] || !va || !vb) continue;
      const score = (slot: string, v: FoundValue) => contextScore(intent, slot, text, v);
      if (score(a, vb) + score(b, va) > score(a, va) + score(b, vb)) {
        slots[a] = vb;
        slots[b] = va;
      }
    }
  }
  return slots;
}

function alexaSlots(intent: ModelIntent, slots: Record<string, FoundValue>): Record<string, FoundValue> {
  const out = { ...slots };
  // The currency word of an amount ("euros" in "fifty euros") fills a custom slot of its own.
  const money = Object.entries(out).find(([slot, v]) => v.type === 'money' && !isTakenBackSlot(slot))?.[1];
  for (const word of money?.alternatives ?? []) {
    const slot = Object.entries(intent.slots).find(([name, type]) => type === word.type && !BUILTIN_SLOT_KINDS[type] && !out[name])?.[0];
    if (slot) out[slot] = word;
  }
  // "And fifty pence" read as money on its own (0.50) fills the number slot `cents` as Alexa hears it: 50.
  const pence = out['cents'];
  const hundredths = pence?.type === 'money' ? /^0\.(\d{1,2})$/.exec(pence.value ?? '') : null;
  if (pence && hundredths) out['cents'] = { ...pence, type: 'number', value: String(Number((hundredths[1] ?? '').padEnd(2, '0'))) };
  const amount = Object.entries(out).find(([slot, v]) => slot !== 'cents' && v.type === 'money' && v.value?.includes('.'));
  if (amount && intent.slots['cents'] && !out['cents']) {
    const [slot, money] = amount;
    const [units = '0', fraction = ''] = (money.value ?? '').split('.');
    out[slot] = { ...money, value: units };
    // More than two decimals ("10.999") are no cents: Alexa's number slot takes the digits as said, and the core refuses them.
    out['cents'] = { ...money, type: 'number', value: fraction.length > 2 ? fraction : String(Number(fraction.padEnd(2, '0'))) };
  }
  const range = Object.entries(out).find(([, v]) => v.type === 'date' && v.timex?.startsWith('(') && v.period);
  const other = Object.entries(intent.slots).find(([slot, type]) => type === 'AMAZON.DATE' && !out[slot]);
  if (range && other) {
    const [slot, value] = range;
    const period = value.period ?? { start: '', end: '' };
    out[slot] = { ...value, value: period.start, timex: period.start };
    out[other[0]] = { ...value, value: period.end, timex: period.end };
  }
  return out;
}
