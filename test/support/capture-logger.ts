import { appendFileSync } from 'node:fs';
import type { Logger } from '../../fulfillment/kit/logger';
import { LOG_SCAN_FILE } from '../setup/log-scan';

/**
 * A logger that keeps every line as JSON text, for tests that read what was logged, and adds it
 * to the run's log file, which the scan after the run reads.
 */
export class CaptureLogger implements Logger {
  readonly lines: string[] = [];
  private write(level: string, obj: object, msg?: string) {
    const line = JSON.stringify({ level, ...obj, msg });
    this.lines.push(line);
    const file = process.env[LOG_SCAN_FILE];
    if (file) appendFileSync(file, `${line}\n`);
  }
  debug(obj: object, msg?: string) { this.write('debug', obj, msg); }
  info(obj: object, msg?: string) { this.write('info', obj, msg); }
  warn(obj: object, msg?: string) { this.write('warn', obj, msg); }
  error(obj: object, msg?: string) { this.write('error', obj, msg); }
}
