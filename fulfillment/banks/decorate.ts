/**
 * One way to put behaviour around every call a bank adapter offers (a deadline, metrics),
 * without knowing which bank it is: each method of each capability the adapter has is
 * passed through `around`, named "capability.method" ("accounts.list", "transfers.submit").
 */
import type { BankAdapter, BankResult } from './bank-adapter';

/** What a decorator does with one call: run it (or not) and return its result. */
export type Around = <T>(operation: string, call: () => BankResult<T>) => BankResult<T>;

type Methods<C> = { [K in keyof C]: C[K] extends (...args: infer A) => BankResult<infer T> ? (...args: A) => BankResult<T> : C[K] };

function wrap<C extends object>(capability: string, target: C | undefined, around: Around): C | undefined {
  if (!target) return undefined;
  const wrapped: Record<string, unknown> = {};
  for (const key of Object.keys(target) as (keyof C & string)[]) {
    const method = target[key];
    if (typeof method !== 'function') continue;
    const operation = `${capability}.${key}`;
    wrapped[key] = (...args: unknown[]) => around(operation, () => (method as (...a: unknown[]) => BankResult<unknown>).apply(target, args));
  }
  return wrapped as Methods<C> as C;
}

/** The adapter with every call passed through `around`; the name and capabilities are kept. */
export function decorateBank(bank: BankAdapter, around: Around): BankAdapter {
  const optional = {
    transactions: wrap('transactions', bank.transactions, around),
    payees: wrap('payees', bank.payees, around),
    transfers: wrap('transfers', bank.transfers, around),
    approvals: wrap('approvals', bank.approvals, around),
    cards: wrap('cards', bank.cards, around),
    alerts: wrap('alerts', bank.alerts, around),
    messages: wrap('messages', bank.messages, around),
  };
  return {
    name: bank.name,
    identify: (accessToken) => around('identify', () => bank.identify(accessToken)),
    accounts: wrap('accounts', bank.accounts, around) as BankAdapter['accounts'],
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
  };
}
