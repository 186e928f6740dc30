/** The process logger: pino, JSON lines, with the fields that could hold secrets redacted. */
import pino from 'pino';

/** Paths pino blanks out wherever they appear in a log object. */
export const REDACT_PATHS = [
  'accessToken',
  '*.accessToken',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'pin',
  '*.pin',
  'iban',
  '*.iban',
  'amount',
  '*.amount',
];

/** Creates the logger at a level, writing to a destination (stdout by default). */
export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { service: 'voice-banking' } }, destination);
}
