/**
 * An utterance as Dialogflow annotates it. Dialogflow's unit-currency is a number with its
 * currency ("50 dollars"), so its annotation takes in the currency word that follows the slot
 * ("send {amount} dollars" -> "send [50 dollars]"), or the locale's own currency where none
 * follows; a number said alone is a different slot (@sys.number), never a unit-currency.
 */
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import type { Locale } from '../../fulfillment/kit/locale';
import type { SlotTypeName } from '../source/intent-model';
import { platformSlots, platformUtterances } from '../source/platform-view';
import { SLOT_TYPES, sampleValue, slotTypeOf } from '../source/slot-types';
import type { SlotType } from '../source/types';
import { parseUtterance } from './utterance';

/**
 * A piece of text, or a slot's sample value with its type; an amount (unit-currency) also says
 * whether the utterance named its currency, or the locale's own was added.
 */
export type AnnotatedPart =
  | { readonly text: string }
  | { readonly text: string; readonly slot: string; readonly type: SlotType; readonly currencySaid?: boolean };

const UNIT_CURRENCY = 'sys.unit-currency';

/** The currency words of a locale, longest first, from the model's currency type. */
function currencyWords(locale: Locale): string[] {
  const currency: SlotType = SLOT_TYPES.CURRENCY;
  const words = currency.kind === 'custom' ? currency.values[locale].flatMap((v) => v.synonyms) : [];
  return words.sort((a, b) => b.length - a.length);
}

/** The locale's own currency word ("dollars", "pounds", "euro"). */
const OWN_CURRENCY: Readonly<Record<Locale, string>> = { 'en-US': 'dollars', 'en-GB': 'pounds', 'de-DE': 'euro' };

/** One training phrase: the source utterance it came from, and its parts. */
export interface TrainingPhrase {
  readonly utterance: string;
  readonly parts: readonly AnnotatedPart[];
}

/**
 * The intent's training phrases in a locale, each once: "{amount} dollars" and "{amount}" are
 * the same phrase once the currency is part of the amount.
 */
export function dialogflowPhrases(intent: IntentName, locale: Locale): TrainingPhrase[] {
  const slots = platformSlots(intent, 'dialogflow');
  const bare = Object.entries(slots).find(([, type]) => type === 'NUMBER_ALONE')?.[0];
  const seen = new Set<string>();
  const once = (utterance: string, parts: AnnotatedPart[]) => {
    const key = JSON.stringify(parts.map((p) => ['slot' in p ? p.slot : '', p.text]));
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ utterance, parts }];
  };
  return platformUtterances(intent, locale, 'dialogflow').flatMap((utterance) => {
    const parts = dialogflowParts(intent, utterance, slots, locale);
    // An amount said without its currency ("actually {amount}") is also said as a bare number.
    const alone = bare ? bareForm(parts, bare, locale) : undefined;
    return [...once(utterance, parts), ...(alone ? once(`${utterance} (number)`, alone) : [])];
  });
}

/** The phrase with its amount as a number said alone, when the utterance says no currency after it. */
function bareForm(parts: readonly AnnotatedPart[], slot: string, locale: Locale): AnnotatedPart[] | undefined {
  const at = parts.findIndex((p) => 'slot' in p && p.type.dialogflow === UNIT_CURRENCY && !p.currencySaid);
  if (at < 0) return undefined;
  const type: SlotType = SLOT_TYPES.NUMBER_ALONE;
  return parts.map((p, i) => (i === at ? { text: sampleValue(type, locale), slot, type } : p));
}

/** The currency word a text begins with (" dollars to {payee}" -> "dollars"). */
function followingCurrency(text: string, locale: Locale): string | undefined {
  return currencyWords(locale).find((w) => new RegExp(`^ ${w}(?=\\s|$)`, 'i').test(text));
}

/** The word an utterance shows in a slot, which must be one of the slot type's words. */
function shownWord(type: SlotType, locale: Locale, shown: string, utterance: string): string {
  const words = type.kind === 'custom' ? type.values[locale].flatMap((v) => v.synonyms) : [];
  if (!words.includes(shown)) throw new Error(`"${utterance}" shows "${shown}", which is not a word of its slot's type`);
  return shown;
}

/** The utterance's parts with each slot's sample value, as Dialogflow's training phrases hold them. */
function dialogflowParts(intent: string, utterance: string, slots: Readonly<Record<string, SlotTypeName>>, locale: Locale): AnnotatedPart[] {
  const parts = parseUtterance(utterance);
  const out: AnnotatedPart[] = [];
  const used = new Map<SlotType, number>();
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    if (!part) continue;
    if ('text' in part) {
      out.push(part);
      continue;
    }
    const type = slotTypeOf(intent, slots, part.slot, utterance);
    const nth = used.get(type) ?? 0;
    used.set(type, nth + 1);
    const value = part.shown === undefined ? sampleValue(type, locale, nth) : shownWord(type, locale, part.shown, utterance);
    if (type.dialogflow !== UNIT_CURRENCY) {
      out.push({ text: value, slot: part.slot, type });
      continue;
    }
    const next = parts[i + 1];
    const following = next && 'text' in next ? next.text : '';
    const word = followingCurrency(following, locale);
    out.push({ text: `${value} ${word ?? OWN_CURRENCY[locale]}`, slot: part.slot, type, currencySaid: word !== undefined });
    if (word && next && 'text' in next) {
      const rest = following.slice(word.length + 1);
      if (rest) out.push({ text: rest });
      i += 1;
    }
  }
  return out;
}
