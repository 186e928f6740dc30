/** The process logger: pino, JSON lines, with the fields that could hold secrets redacted. */
import pino from 'pino';

/** Field names whose values are blanked out wherever they appear, down to three levels deep. */
export const REDACTED_KEYS: ReadonlySet<string> = new Set(['accessToken', 'authorization', 'pin', 'iban', 'amount']);

const CENSOR = '[redacted]';
const DEPTH = 3;

/**
 * A copy of a log object with every REDACTED_KEYS field blanked, or the object itself when it
 * holds none. Done here rather than with pino's `redact` option: pino 10's redactor parses
 * every path again on every line (about 5 µs a line here, a tenth of a whole turn), while a
 * log object has a handful of keys to look at.
 */
export function redactLogObject(object: Record<string, unknown>): Record<string, unknown> {
  return redactBelow(object, DEPTH) as Record<string, unknown>;
}

function redactBelow(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null || depth === 0) return value;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => redactBelow(item, depth - 1));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  // Only plain objects are looked into: an error, a date or a buffer is logged as pino logs it.
  if (prototype !== Object.prototype && prototype !== null) return value;
  const object = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key in object) {
    const field = object[key];
    const replaced = REDACTED_KEYS.has(key) ? CENSOR : redactBelow(field, depth - 1);
    if (replaced !== field) {
      copy ??= { ...object };
      copy[key] = replaced;
    }
  }
  return copy ?? object;
}

/** Creates the logger at a level, writing to a destination (stdout by default). */
export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  return pino({ level, formatters: { log: redactLogObject }, base: { service: 'voice-banking' } }, destination);
}

/** How often buffered log lines are written out at the latest. */
const FLUSH_EVERY_MS = 1000;

/**
 * The server's logger. In production, lines are buffered and written 4 KiB at a time (and at
 * least every second, and when the process exits) instead of one write call a line, which
 * under load is a syscall per turn; elsewhere each line is written as it comes.
 */
export function serverLogger(config: { readonly LOG_LEVEL: string; readonly NODE_ENV: string }): pino.Logger {
  if (config.NODE_ENV !== 'production') return createLogger(config.LOG_LEVEL);
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), FLUSH_EVERY_MS).unref();
  return createLogger(config.LOG_LEVEL, destination);
}
