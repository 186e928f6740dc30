/** Banks that are slow or silent, made from the sandbox with the same decorator the skill uses. */
import { decorateBank } from '../../fulfillment/banks/decorate';
import type { BankAdapter } from '../../fulfillment/banks/bank-adapter';
import { createSandboxBank, type SandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { fixedClock } from '../../fulfillment/kit/clock';
import { TEST_NOW } from './harness';

/** How a bank operation misbehaves: never answers, or answers after a delay. */
export type Misbehaviour = 'hang' | { readonly delayMs: number };

/** The sandbox, and an adapter over it whose chosen operations misbehave while `slow` is on. */
export interface SlowBank {
  readonly sandbox: SandboxBank;
  readonly bank: BankAdapter;
  /** Turns the misbehaviour on or off (on at the start). */
  slow(on: boolean): void;
}

/** Builds a slow bank over a fresh sandbox at TEST_NOW. */
export function slowBank(operations: Readonly<Record<string, Misbehaviour>>): SlowBank {
  const sandbox = createSandboxBank({ clock: fixedClock(TEST_NOW) });
  let on = true;
  const bank = decorateBank(sandbox, (operation, call) => {
    const how = on ? operations[operation] : undefined;
    if (!how) return call();
    if (how === 'hang') return new Promise(() => undefined);
    return new Promise((resolve) => setTimeout(resolve, how.delayMs)).then(call);
  });
  return { sandbox, bank, slow: (value) => void (on = value) };
}
