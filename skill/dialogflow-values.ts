/**
 * Dialogflow's parameter values as slots, for both editions: ES sends system entity values as
 * ISO text and {amount, currency} objects; CX resolves dates to {year, month, day} objects and
 * periods to {startDate, endDate} of those.
 */
import type { SlotValue } from '../fulfillment/pipeline/turn';

/** A CX date object ({year, month, day}, perhaps with a time) as its ISO date. */
function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { year, month, day } = value as Record<string, unknown>;
  const whole = (n: unknown, max: number) => (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= max ? n : undefined);
  const [y, m, d] = [whole(year, 9999), whole(month, 12), whole(day, 31)];
  return y && m && d ? `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
}

/** A date as text: ES's ISO text as it is, CX's date object as its ISO date. */
function dateText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : isoDate(value);
}

/**
 * A date period (@sys.date-period, or @sys.date-time when it heard a period) as the text
 * "start/end" of its two dates; @sys.date-time's {date_time} as its date-time; a CX date
 * object as its ISO date.
 */
function periodText(value: object): string | undefined {
  const v = value as Record<string, unknown>;
  const start = dateText(v.startDate) ?? dateText(v.startDateTime);
  const end = dateText(v.endDate) ?? dateText(v.endDateTime);
  if (start && end) return `${start}/${end}`;
  return dateText(v.date_time) ?? isoDate(v);
}

/**
 * A parameter as a slot. Numbers are written back as the decimal text JSON carried
 * (`String(12.5)` is "12.5"), so amounts reach the core as decimal strings, not floats.
 * Date periods arrive as "start/end" text for the core's period reader.
 */
export function parameterToSlot(raw: unknown): SlotValue | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value === 'string') return value.trim() ? { value } : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return { value: String(value) };
  if (typeof value === 'object' && value !== null && 'amount' in value) {
    const { amount, currency } = value as { amount?: unknown; currency?: unknown };
    if (typeof amount !== 'number' || !Number.isFinite(amount)) return undefined;
    return typeof currency === 'string' && currency ? { value: String(amount), currency } : { value: String(amount) };
  }
  if (typeof value === 'object' && value !== null) {
    const period = periodText(value);
    return period ? { value: period } : undefined;
  }
  return undefined;
}

/**
 * A number said alone is the amount. Dialogflow's unit-currency hears a number only with its
 * currency ("fifty dollars"), so the model gives a bare "fifty" answering "how much?" its own
 * parameter, `number` (@sys.number), which this reads as the amount without a currency. Beside
 * an amount with its currency and a second payee ("twenty dollars to Anna and thirty to Bob"), the
 * bare number is the second transfer's amount; so it is beside a word for the first ("a fiver").
 * Beside an amount with its currency and no second payee, it is a second amount for the same one.
 */
export function withBareAmount(slots: Record<string, SlotValue | undefined>): Record<string, SlotValue | undefined> {
  const { number, ...rest } = slots;
  // "A fiver to Tom and Anna twenty": beside a word for the first amount, too, the bare number is the second's.
  if (number && (rest.amount || rest.amountWord) && rest.nextPayee && !rest.nextAmount) return { ...rest, nextAmount: number };
  // "Forty to fifty dollars", "fifty, or maybe forty dollars": a bare number beside an amount with
  // its currency, and no second payee, is a second amount for the same transfer, which the dialog
  // asks about; dropped, the amount with the currency would be sent as if it were the only one.
  if (number && rest.amount && !rest.amountWord && !rest.nextPayee && !rest.nextAmount && number.value !== rest.amount.value) return { ...rest, nextAmount: number };
  return number && !rest.amount ? { ...rest, amount: number } : rest;
}
