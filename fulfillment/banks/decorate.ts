/**
 * One way to put behaviour around every call a bank adapter offers (a deadline, metrics),
 * without knowing which bank it is: each method of each capability the adapter has is
 * passed through `around`, named "capability.method" ("accounts.list", "transfers.submit"); its
 * plain values are kept.
 */
import type { BankAdapter, BankResult } from './bank-adapter';
import type { BankSession } from './bank-types';

/** What a decorator does with one call: run it (or not) and return its result. */
export type Around = <T>(operation: string, call: () => BankResult<T>) => BankResult<T>;

type Methods<C> = { [K in keyof C]: C[K] extends (...args: infer A) => BankResult<infer T> ? (...args: A) => BankResult<T> : C[K] };

function wrap<C extends object>(capability: string, target: C, around: Around): C {
  const wrapped: Record<string, unknown> = {};
  for (const key of Object.keys(target) as (keyof C & string)[]) {
    const method = target[key];
    // A plain value (how far back the history goes) is the capability's own, passed on as it is.
    if (typeof method !== 'function') {
      wrapped[key] = method;
      continue;
    }
    const operation = `${capability}.${key}`;
    wrapped[key] = (...args: unknown[]) => around(operation, () => (method as (...a: unknown[]) => BankResult<unknown>).apply(target, args));
  }
  return wrapped as Methods<C> as C;
}

/**
 * The decorated adapter. A capability is wrapped when it is first used, and the getters live on
 * the prototype: a turn is decorated afresh (its deadline) and touches one or two capabilities,
 * so building one costs two fields.
 */
class DecoratedBank implements BankAdapter {
  private readonly wrapped: { -readonly [K in keyof BankAdapter]?: BankAdapter[K] } = {};

  constructor(
    private readonly bank: BankAdapter,
    private readonly around: Around,
  ) {}

  private capability<K extends Exclude<keyof BankAdapter, 'name' | 'identify'>>(name: K): BankAdapter[K] {
    const target = this.bank[name];
    if (!target) return undefined as BankAdapter[K];
    return (this.wrapped[name] ??= wrap(name, target, this.around)) as BankAdapter[K];
  }

  get name() { return this.bank.name; }
  identify(link: BankSession) { return this.around('identify', () => this.bank.identify(link)); }
  get accounts() { return this.capability('accounts'); }
  get transactions() { return this.capability('transactions'); }
  get payees() { return this.capability('payees'); }
  get transfers() { return this.capability('transfers'); }
  get approvals() { return this.capability('approvals'); }
  get cards() { return this.capability('cards'); }
  get alerts() { return this.capability('alerts'); }
  get messages() { return this.capability('messages'); }
}

/** The adapter with every call passed through `around`; the name and capabilities are kept. */
export function decorateBank(bank: BankAdapter, around: Around): BankAdapter {
  return new DecoratedBank(bank, around);
}
