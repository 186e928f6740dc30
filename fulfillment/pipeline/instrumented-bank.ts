/**
 * Reports every bank call to the metrics port: the adapter's name, the operation, how it
 * ended (a value, an expected failure's kind, or thrown) and how long it took. Arguments and
 * results are never looked at beyond the failure kind.
 */
import type { Metrics } from './metrics';
import type { BankAdapter } from '../banks/bank-adapter';
import { decorateBank } from '../banks/decorate';

/** The adapter with its calls measured. */
export function instrumentBank(bank: BankAdapter, metrics: Metrics): BankAdapter {
  return decorateBank(bank, async (operation, call) => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const result = await call();
      metrics.bankCall(bank.name, operation, result.ok ? 'ok' : result.error.kind, seconds());
      return result;
    } catch (error) {
      metrics.bankCall(bank.name, operation, 'threw', seconds());
      throw error;
    }
  });
}
