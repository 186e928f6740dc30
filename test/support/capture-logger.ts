import type { Logger } from '../../fulfillment/logger';

/** A logger that keeps every line as JSON text, for tests that read what was logged. */
export class CaptureLogger implements Logger {
  readonly lines: string[] = [];
  private write(level: string, obj: object, msg?: string) {
    this.lines.push(JSON.stringify({ level, ...obj, msg }));
  }
  debug(obj: object, msg?: string) { this.write('debug', obj, msg); }
  info(obj: object, msg?: string) { this.write('info', obj, msg); }
  warn(obj: object, msg?: string) { this.write('warn', obj, msg); }
  error(obj: object, msg?: string) { this.write('error', obj, msg); }
}
