/**
 * The fault half of the bank adapter contract: every write call (a payment, its approval, its
 * cancellation, a card lock, a fraud verdict) under a 500, a 429, no answer, a dropped
 * connection and a late answer. Each test counts what reached the bank: a write is never sent
 * twice, never reported as done, and a payment the bank may have taken is never reported as
 * unknown to it ("not found"), so the core never tells the customer to try again.
 */
import type { BankAdapter } from '../../fulfillment/banks/bank-adapter';
import type { BankError } from '../../fulfillment/banks/bank-error';
import type { Account, BankSession } from '../../fulfillment/banks/bank-types';
import { parseDecimal, type Money } from '../../fulfillment/kit/money';
import type { Result } from '../../fulfillment/kit/result';

/** The adapter's write calls. */
export type WriteCall = 'transfers.submit' | 'transfers.cancel' | 'approvals.start' | 'cards.setLocked' | 'alerts.resolve' | 'messages.send';

/**
 * What goes wrong with the next request of a write call: the bank fails before acting (500,
 * 429), never answers and does not act ("silent"), acts but the connection drops before its
 * answer ("dropped"), or acts and answers after the adapter stopped waiting ("late").
 */
export type WriteFault = 'server-error' | 'too-many-requests' | 'silent' | 'dropped' | 'late';

/** Faults whose request the bank acted on. */
const ACTED: ReadonlySet<WriteFault> = new Set(['dropped', 'late']);

/** How a fixture puts faults on an adapter's writes and counts them. */
export interface FaultFixture {
  readonly adapter: BankAdapter;
  readonly link: BankSession;
  /** The write calls the adapter has. */
  readonly writes: readonly WriteCall[];
  /** Puts a fault on the next request of a write call. */
  inject(call: WriteCall, fault: WriteFault): void;
  /** How many requests of a write call reached the bank. */
  reached(call: WriteCall): number;
  /** How many payments the bank holds, whatever their state. */
  payments(): number;
  /** Grants a decoupled approval in the app, for adapters whose payments need one. */
  approve?(approvalId: string): Promise<void>;
  /** Waits until late answers have arrived and been read. */
  settle(): Promise<void>;
  nextKey(): string;
}

const FAULTS: readonly WriteFault[] = ['server-error', 'too-many-requests', 'silent', 'dropped', 'late'];

/** An answer that did not come in time: the bank was not heard, not refused. */
const unheard = (result: Result<unknown, BankError>) => !result.ok && (result.error.kind === 'timeout' || result.error.kind === 'unavailable');

/**
 * A call the test needs around its fault, not the one it checks: a fixture's deadline is short
 * (the Berlin Group's is 150 ms, so that a late answer comes quickly), and on a busy machine a
 * healthy bank's answer can miss it. A call that was not heard in time is asked again, up to five
 * times in all; any other answer (a "not found" included) stands. A write asked again carries its
 * idempotency key, so the bank still takes it once.
 */
async function untilAnswered<T>(call: () => Promise<Result<T, BankError>>): Promise<Result<T, BankError>> {
  let result = await call();
  for (let attempt = 1; attempt < 5 && unheard(result); attempt += 1) result = await call();
  return result;
}

/** Registers the fault contract for one adapter; `setup` runs before each test. */
export function describeBankFaultContract(name: string, setup: () => Promise<FaultFixture>): void {
  describe(`BankAdapter fault contract: ${name}`, () => {
    let fx: FaultFixture;
    let from: Account;
    let amount: Money;

    beforeEach(async () => {
      fx = await setup();
      const accounts = await untilAnswered(() => fx.adapter.accounts.list(fx.link));
      const checking = accounts.ok ? accounts.value.find((a) => a.kind === 'checking') : undefined;
      if (!checking) throw new Error('the fixture customer needs a checking account');
      from = checking;
      const parsed = parseDecimal('1.23', from.balance.currency);
      if (!parsed.ok) throw new Error('amount');
      amount = parsed.value;
    });

    async function order(key = fx.nextKey()) {
      const payees = fx.adapter.payees;
      const listed = payees ? await untilAnswered(() => payees.list(fx.link)) : undefined;
      const payee = listed?.ok ? listed.value[0] : undefined;
      if (!payee) throw new Error('the fixture customer needs a payee');
      return { idempotencyKey: key, from: from.id, to: { kind: 'payee' as const, payeeId: payee.id }, amount };
    }

    const expectNoAnswer = (r: { ok: boolean; error?: { kind: string } }) => {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(['timeout', 'unavailable']).toContain(r.error?.kind);
    };

    describe.each(FAULTS)('a payment submitted under %s', (fault) => {
      it('is sent once, never reported as done, and by its key never "not found" when the bank took it', async () => {
        const transfers = fx.adapter.transfers;
        if (!fx.writes.includes('transfers.submit') || !transfers) return expect(transfers).toBeUndefined();
        const o = await order();
        fx.inject('transfers.submit', fault);
        expectNoAnswer(await transfers.submit(fx.link, o));
        expect(fx.reached('transfers.submit')).toBe(1);
        await fx.settle();
        const status = await transfers.status(fx.link, o.idempotencyKey);
        if (ACTED.has(fault)) expect(status.ok || status.error.kind !== 'not-found').toBe(true);
        // The core's next try with the same key never makes a second payment.
        await transfers.submit(fx.link, o);
        await fx.settle();
        expect(fx.payments()).toBeLessThanOrEqual(1);
        if (ACTED.has(fault)) expect(fx.payments()).toBe(1);
        if (fault === 'late') {
          const learnt = await untilAnswered(() => transfers.status(fx.link, o.idempotencyKey));
          expect(learnt.ok && learnt.value.status).toMatch(/^(pending|completed)$/);
        }
      });
    });

    describe.each(FAULTS)('an approval started under %s', (fault) => {
      it('is sent once, and asking again with the same key leaves at most one payment waiting', async () => {
        const approvals = fx.adapter.approvals;
        if (!fx.writes.includes('approvals.start') || !approvals) return expect(approvals).toBeUndefined();
        const o = await order();
        fx.inject('approvals.start', fault);
        expectNoAnswer(await approvals.start(fx.link, o));
        expect(fx.reached('approvals.start')).toBe(1);
        await fx.settle();
        const again = await approvals.start(fx.link, o);
        await fx.settle();
        expect(fx.payments()).toBeLessThanOrEqual(1);
        if (ACTED.has(fault) && fault === 'late') expect(again.ok).toBe(true);
      });
    });

    describe.each(FAULTS)('a cancellation under %s', (fault) => {
      it('is sent once and never reported as done; the payment is cancelled at most once', async () => {
        const transfers = fx.adapter.transfers;
        if (!fx.writes.includes('transfers.cancel') || !transfers?.cancel) return expect(transfers?.cancel).toBeUndefined();
        const o = await order();
        const sent = await untilAnswered(() => transfers.submit(fx.link, o));
        if (!sent.ok) throw new Error(`submit failed: ${sent.error.kind}`);
        const before = await untilAnswered(() => fx.adapter.accounts.list(fx.link));
        fx.inject('transfers.cancel', fault);
        expectNoAnswer(await transfers.cancel(fx.link, sent.value.transferId));
        expect(fx.reached('transfers.cancel')).toBe(1);
        await fx.settle();
        await transfers.cancel(fx.link, sent.value.transferId);
        const after = await untilAnswered(() => fx.adapter.accounts.list(fx.link));
        const balance = (r: typeof after) => (r.ok ? r.value.find((a) => a.id === from.id)?.balance.minor : undefined) ?? NaN;
        // Money comes back once at most, whatever was said.
        expect(balance(after) - balance(before)).toBeLessThanOrEqual(sent.value.status === 'pending' ? amount.minor : 0);
      });
    });

    describe.each(FAULTS)('a card lock under %s', (fault) => {
      it('is sent once and never reported as done', async () => {
        const cards = fx.adapter.cards;
        if (!fx.writes.includes('cards.setLocked') || !cards) return expect(cards).toBeUndefined();
        const listed = await untilAnswered(() => cards.list(fx.link));
        const card = listed.ok ? listed.value[0] : undefined;
        if (!card) throw new Error('the fixture customer needs a card');
        fx.inject('cards.setLocked', fault);
        expectNoAnswer(await cards.setLocked(fx.link, card.id, true));
        expect(fx.reached('cards.setLocked')).toBe(1);
        await fx.settle();
      });
    });

    describe.each(FAULTS)('a fraud verdict under %s', (fault) => {
      it('is sent once and never reported as done', async () => {
        const alerts = fx.adapter.alerts;
        if (!fx.writes.includes('alerts.resolve') || !alerts) return expect(alerts).toBeUndefined();
        const listed = await untilAnswered(() => alerts.list(fx.link));
        const open = listed.ok ? listed.value.find((a) => a.status === 'unreviewed') : undefined;
        if (!open) throw new Error('the fixture customer needs an unreviewed alert');
        fx.inject('alerts.resolve', fault);
        expectNoAnswer(await alerts.resolve(fx.link, open.id, 'genuine'));
        expect(fx.reached('alerts.resolve')).toBe(1);
        await fx.settle();
      });
    });

    describe.each(FAULTS)('a message into the bank\'s app under %s', (fault) => {
      it('is sent once and never reported as done', async () => {
        const messages = fx.adapter.messages;
        if (!fx.writes.includes('messages.send') || !messages) return expect(messages).toBeUndefined();
        fx.inject('messages.send', fault);
        expectNoAnswer(await messages.send(fx.link, { text: 'Your balance is in the app.' }));
        expect(fx.reached('messages.send')).toBe(1);
        await fx.settle();
      });
    });
  });
}
