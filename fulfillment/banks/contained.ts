/**
 * A bank adapter's bugs kept inside the bank's own failure kinds. An adapter should answer every
 * call with a result, but one that throws (a body that would not parse) or returns nothing may
 * do so after the bank acted. Such a call is "unavailable", and for a call that changes
 * something at the bank it is also `uncertain`: a transfer is then looked up by its key before
 * anything is said, and never reported as not sent, so a customer told to try again cannot pay
 * twice.
 */
import { err } from '../kit/result';
import type { Logger } from '../kit/logger';
import type { BankAdapter } from './bank-adapter';
import type { BankError } from './bank-error';
import { decorateBank } from './decorate';

/** The operations that change something at the bank: a failure of theirs may have landed. */
const WRITES: ReadonlySet<string> = new Set(['transfers.submit', 'transfers.cancel', 'approvals.start', 'approvals.withdraw', 'cards.setLocked', 'alerts.resolve', 'messages.send']);

const isResult = (value: unknown): boolean => typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

/** The adapter with every throw or malformed answer turned into a bank failure, and logged. */
export function containFaults(bank: BankAdapter, logger: Logger): BankAdapter {
  return decorateBank(bank, async (operation, call) => {
    const failed = (reason: string) => {
      logger.error({ event: 'bank-adapter-fault', operation, reason }, 'a bank adapter call neither answered nor failed as it should');
      const error: BankError = WRITES.has(operation) ? { kind: 'unavailable', uncertain: true } : { kind: 'unavailable' };
      return err(error);
    };
    try {
      const result = await call();
      return isResult(result) ? result : failed('malformed');
    } catch (error) {
      return failed(error instanceof Error ? error.name : 'thrown');
    }
  });
}
