/**
 * Finds slot values in typed text: custom slot types by their synonyms, and the platforms'
 * built-in types (money, numbers, dates) with Microsoft Recognizers-Text.
 */
import { Culture, recognizeCurrency, recognizeDateTime, recognizeNumber } from '@microsoft/recognizers-text-suite';

type ModelResult = ReturnType<typeof recognizeNumber>[number];
import type { Locale } from '../../fulfillment/kit/locale';
import { SLOT_TYPES } from '../../models/source/slot-types';
import type { SlotType } from '../../models/source/types';

/** A slot value found in the text, normalised the way the platforms normalise it. */
export interface FoundValue {
  readonly type: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** The words as typed. */
  readonly text: string;
  /** A custom type's value id. */
  readonly id?: string;
  /** A built-in's value: a decimal string for numbers and amounts, an ISO date for dates. */
  readonly value?: string;
  readonly currency?: string;
  /** A date or period as Alexa's AMAZON.DATE writes it (TIMEX: "2026-10", "2026-W45"). */
  readonly timex?: string;
  /** A period's first and last day, ISO dates. */
  readonly period?: { readonly start: string; readonly end: string };
}

const CULTURE: Readonly<Record<Locale, string>> = { 'en-US': Culture.English, 'en-GB': Culture.English, 'de-DE': Culture.German };
const LOCAL_CURRENCY: Readonly<Record<Locale, string>> = { 'en-US': 'USD', 'en-GB': 'GBP', 'de-DE': 'EUR' };
/** Recognizers names some currencies without an ISO code ("Dollar"); these are the ones the banks hold. */
const UNIT_CURRENCY: Readonly<Record<string, string>> = { Dollar: 'USD', 'United States dollar': 'USD', Pound: 'GBP', 'British pound': 'GBP', Euro: 'EUR' };

type Recognise = (text: string, locale: Locale) => Omit<FoundValue, 'type'>[];


function fromResults(results: readonly ModelResult[], pick: (r: ModelResult) => Partial<FoundValue> | undefined): Omit<FoundValue, 'type'>[] {
  const found: Omit<FoundValue, 'type'>[] = [];
  for (const r of results) {
    const extra = pick(r);
    if (extra) found.push({ start: r.start, end: r.end + 1, text: r.text, ...extra });
  }
  return found;
}

const money: Recognise = (text, locale) =>
  fromResults(recognizeCurrency(text, CULTURE[locale]), (r) => {
    const value = r.resolution?.['value'];
    if (typeof value !== 'string') return undefined;
    const iso = r.resolution?.['isoCurrency'];
    const unit = r.resolution?.['unit'];
    const currency = typeof iso === 'string' && iso ? iso : (typeof unit === 'string' && UNIT_CURRENCY[unit]) || LOCAL_CURRENCY[locale];
    return { value, currency };
  });

const numbers: Recognise = (text, locale) =>
  fromResults(recognizeNumber(text, CULTURE[locale]), (r) => {
    const value = r.resolution?.['value'];
    return typeof value === 'string' ? { value } : undefined;
  });

const dates: Recognise = (text, locale) =>
  fromResults(recognizeDateTime(text, CULTURE[locale]), (r) => {
    const values = r.resolution?.['values'];
    const first = Array.isArray(values) ? (values[0] as Record<string, unknown> | undefined) : undefined;
    const [value, start, end, timex] = [first?.['value'], first?.['start'], first?.['end'], first?.['timex']];
    const period = typeof start === 'string' && typeof end === 'string' ? { start, end } : undefined;
    const day = typeof value === 'string' ? value : period?.start;
    if (!day) return undefined;
    return { value: day, ...(typeof timex === 'string' ? { timex } : {}), ...(period ? { period } : {}) };
  });

/** Built-in types by their Dialogflow system entity; a type not listed here is not recognised locally. */
const BUILTIN: Readonly<Record<string, Recognise>> = {
  'sys.unit-currency': money,
  'sys.number': numbers,
  'sys.number-integer': numbers,
  'sys.date': dates,
  'sys.date-time': dates,
  'sys.date-period': dates,
};

/** Recognises a built-in type, by its Dialogflow system entity, in text; unknown types find nothing. */
export function recogniseBuiltin(dialogflowEntity: string, text: string, locale: Locale): Omit<FoundValue, 'type'>[] {
  return BUILTIN[dialogflowEntity]?.(text, locale) ?? [];
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}|\p{N}/u.test(char);
}

/** One text's built-in recognitions, each recogniser run once however many slot types share it. */
type Recognised = Map<Recognise, Omit<FoundValue, 'type'>[]>;

function synonyms(type: SlotType, text: string, locale: Locale, recognised: Recognised): Omit<FoundValue, 'type'>[] {
  if (type.kind !== 'custom') {
    const recognise = BUILTIN[type.dialogflow];
    if (!recognise) return [];
    const found = recognised.get(recognise) ?? recognise(text, locale);
    recognised.set(recognise, found);
    return found;
  }
  const lower = text.toLocaleLowerCase(locale);
  const found: Omit<FoundValue, 'type'>[] = [];
  for (const { id, synonyms: words } of type.values[locale]) {
    for (const word of words) {
      const needle = word.toLocaleLowerCase(locale);
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        if (!isLetter(lower[at - 1]) && !isLetter(lower[end])) found.push({ start: at, end, text: text.slice(at, end), id });
      }
    }
  }
  return found;
}

/** Slot types by name; the model's by default. */
export type SlotTypes = Readonly<Record<string, SlotType>>;

/** Every slot value in the text, longest first where they overlap, in reading order. */
export function findValues(text: string, locale: Locale, types: SlotTypes = SLOT_TYPES): FoundValue[] {
  const all: FoundValue[] = [];
  const recognised: Recognised = new Map();
  for (const [name, type] of Object.entries(types)) for (const f of synonyms(type, text, locale, recognised)) all.push({ type: name, ...f });
  all.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: FoundValue[] = [];
  for (const f of all) {
    const same = kept.findIndex((k) => k.start === f.start && k.end === f.end && k.type === f.type);
    const twin = kept[same];
    // Words that name two values ("Anna" for two payees) resolve to neither: the skill must ask.
    if (twin && twin.id !== f.id) kept[same] = { type: twin.type, start: twin.start, end: twin.end, text: twin.text };
    else if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The word that stands for a slot type, in training utterances and in text with its values taken out. */
export function placeholder(type: string): string {
  return `slot${type.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}
