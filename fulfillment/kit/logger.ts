/**
 * The logging port: the subset of pino the core uses. Log objects carry ids, kinds and
 * timings only: never tokens, amounts, names or account numbers.
 */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
