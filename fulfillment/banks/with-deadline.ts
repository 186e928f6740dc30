/**
 * A deadline over any bank adapter. Every call must settle before one instant (the turn's
 * deadline); one that has not gets `{ kind: 'timeout' }`, which the core speaks as "your bank
 * isn't responding", so the customer hears an answer before the platform gives up. A call
 * asked for after the instant is not sent to the bank at all.
 *
 * The abandoned call is not cancelled: the bank may still act on it, so its timeout says
 * `abandoned`. A transfer whose submit was abandoned is never reported as done, nor as not
 * sent: unless the status check (sharing the same, nearly spent deadline) finds it, the
 * customer is told to check the banking app.
 */
import { err } from '../kit/result';
import type { BankAdapter } from './bank-adapter';
import type { BankError } from './bank-error';
import { decorateBank } from './decorate';

/** Told about each call the deadline cut off. */
export type OnDeadline = (operation: string) => void;

const NOT_SENT: BankError = { kind: 'timeout' };
const ABANDONED: BankError = { kind: 'timeout', abandoned: true };

/**
 * The adapter with every call bounded by `until` (a `performance.now()` instant, in
 * milliseconds).
 */
export function withDeadline(bank: BankAdapter, until: number, onDeadline?: OnDeadline): BankAdapter {
  return decorateBank(bank, (operation, call) => {
    const left = until - performance.now();
    if (left <= 0) {
      onDeadline?.(operation);
      return Promise.resolve(err(NOT_SENT));
    }
    const pending = call();
    // One promise and one timer a call: whichever settles it first wins, the other is a no-op.
    return new Promise((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        if (settled) return;
        settled = true;
        onDeadline?.(operation);
        resolve(err(ABANDONED));
      }, left);
      pending.then(
        (result) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(result);
        },
        // A late rejection of the abandoned call is dropped here, never left unhandled.
        (error: unknown) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  });
}
