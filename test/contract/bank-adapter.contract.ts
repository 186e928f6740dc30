/**
 * The contract every BankAdapter passes: the sandbox here, HTTP adapters over recorded
 * traffic. A capability an adapter lacks is asserted absent, with the reason in the title,
 * rather than silently skipped.
 */
import type { BankAdapter } from '../../fulfillment/banks/bank-adapter';
import type { Account, BankSession } from '../../fulfillment/banks/bank-types';
import { parseDecimal } from '../../fulfillment/kit/money';

/** What a contract run needs from an adapter's test setup. */
export interface AdapterFixture {
  readonly adapter: BankAdapter;
  /** A link of a customer with at least one account: the customer and the bank's credentials. */
  readonly link: BankSession;
  /** Credentials the bank does not know. */
  readonly unknownLink: BankSession;
  /** Grants a decoupled approval, as the customer would in the bank's app. */
  approve?(approvalId: string): Promise<void>;
  /** Which capabilities the adapter is expected to have. */
  readonly capabilities: readonly ('transactions' | 'payees' | 'transfers' | 'approvals' | 'cards' | 'alerts')[];
  /** A fresh idempotency key per call. */
  nextKey(): string;
}

const digits4 = /^\d{4}$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Registers the contract for one adapter; `setup` runs before each test for isolation. */
export function describeBankAdapterContract(name: string, setup: () => Promise<AdapterFixture>): void {
  describe(`BankAdapter contract: ${name}`, () => {
    let fx: AdapterFixture;
    let session: BankSession;
    let accounts: readonly Account[];

    beforeEach(async () => {
      fx = await setup();
      const customer = await fx.adapter.identify(fx.link);
      if (!customer.ok) throw new Error(`identify failed: ${customer.error.kind}`);
      session = { customer: customer.value, credentials: fx.link.credentials };
      const listed = await fx.adapter.accounts.list(session);
      if (!listed.ok) throw new Error(`accounts.list failed: ${listed.error.kind}`);
      accounts = listed.value;
    });

    it('identifies the customer of a link by id and first name', () => {
      expect(session.customer.id).toEqual(expect.any(String));
      expect(session.customer.firstName.length).toBeGreaterThan(0);
    });

    it('refuses unknown credentials as not linked or consent expired', async () => {
      const r = await fx.adapter.identify(fx.unknownLink);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(['not-linked', 'consent-expired']).toContain(r.error.kind);
    });

    it('lists accounts with unique ids, known kinds, four digits and integer balances', () => {
      expect(accounts.length).toBeGreaterThan(0);
      expect(new Set(accounts.map((a) => a.id)).size).toBe(accounts.length);
      for (const a of accounts) {
        expect(['checking', 'savings', 'credit-card']).toContain(a.kind);
        expect(a.last4).toMatch(digits4);
        expect(Number.isSafeInteger(a.balance.minor)).toBe(true);
        if (a.available) expect(a.available.currency).toBe(a.balance.currency);
      }
    });

    const has = (c: AdapterFixture['capabilities'][number]) => () => fx.capabilities.includes(c);

    describe('transactions', () => {
      it('pages newest first without overlap, in the account currency (or the capability is absent)', async () => {
        if (!has('transactions')()) return expect(fx.adapter.transactions).toBeUndefined();
        const account = accounts.find((a) => a.kind === 'checking') ?? accounts[0];
        if (!account || !fx.adapter.transactions) throw new Error('transactions capability missing');
        const first = await fx.adapter.transactions.list(session, { accountId: account.id, limit: 5 });
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(first.value.transactions.length).toBeGreaterThan(0);
        const dates = first.value.transactions.map((t) => t.date);
        expect([...dates].sort().reverse()).toEqual(dates);
        for (const t of first.value.transactions) {
          expect(t.date).toMatch(isoDate);
          expect(t.amount.currency).toBe(account.balance.currency);
          expect(t.accountId).toBe(account.id);
        }
        if (first.value.nextCursor) {
          const second = await fx.adapter.transactions.list(session, { accountId: account.id, limit: 5, cursor: first.value.nextCursor });
          expect(second.ok).toBe(true);
          if (second.ok) {
            const seen = new Set(first.value.transactions.map((t) => t.id));
            expect(second.value.transactions.some((t) => seen.has(t.id))).toBe(false);
          }
        }
      });
    });

    describe('payees', () => {
      it('lists payees with names and at most four digits (or the capability is absent)', async () => {
        if (!has('payees')()) return expect(fx.adapter.payees).toBeUndefined();
        const payees = await fx.adapter.payees?.list(session);
        expect(payees?.ok).toBe(true);
        if (!payees?.ok) return;
        expect(payees.value.length).toBeGreaterThan(0);
        for (const p of payees.value) {
          expect(p.name.trim().length).toBeGreaterThan(0);
          expect(p.last4).toMatch(digits4);
        }
      });
    });

    describe('transfers', () => {
      const transferable = () => accounts.find((a) => a.kind === 'checking') ?? accounts.find((a) => a.kind === 'savings');

      it('moves money once per idempotency key, however often it is sent (or the capability is absent)', async () => {
        if (!has('transfers')()) return expect(fx.adapter.transfers).toBeUndefined();
        const from = transferable();
        const payees = await fx.adapter.payees?.list(session);
        if (!from || !fx.adapter.transfers || !payees?.ok || !payees.value[0]) throw new Error('need an account and a payee');
        const amount = parseDecimal('1.23', from.balance.currency);
        if (!amount.ok) throw new Error('amount');
        const order = { idempotencyKey: fx.nextKey(), from: from.id, to: { kind: 'payee' as const, payeeId: payees.value[0].id }, amount: amount.value };
        let approvalId: string | undefined;
        if (fx.approve && fx.adapter.approvals) {
          const started = await fx.adapter.approvals.start(session, { from: order.from, to: order.to, amount: order.amount });
          if (!started.ok) throw new Error(`approval failed: ${started.error.kind}`);
          approvalId = started.value.approvalId;
          await fx.approve(approvalId);
        }
        const withApproval = approvalId ? { ...order, approvalId } : order;
        const first = await fx.adapter.transfers.submit(session, withApproval);
        const again = await fx.adapter.transfers.submit(session, withApproval);
        expect(first.ok && again.ok).toBe(true);
        if (!first.ok || !again.ok) return;
        expect(['pending', 'completed']).toContain(first.value.status);
        expect(again.value.transferId).toBe(first.value.transferId);
        const status = await fx.adapter.transfers.status(session, order.idempotencyKey);
        expect(status.ok && status.value.transferId).toBe(first.value.transferId);
        const after = await fx.adapter.accounts.list(session);
        const moved = after.ok ? after.value.find((a) => a.id === from.id) : undefined;
        expect(moved && from.balance.minor - moved.balance.minor).toBe(amount.value.minor);
      });

      it('says not-found for the status of a key it never saw (or the capability is absent)', async () => {
        if (!has('transfers')()) return expect(fx.adapter.transfers).toBeUndefined();
        const r = await fx.adapter.transfers?.status(session, fx.nextKey());
        expect(r?.ok).toBe(false);
        if (r && !r.ok) expect(r.error.kind).toBe('not-found');
      });

      it('refuses more than the account holds as insufficient funds (or the capability is absent)', async () => {
        if (!has('transfers')()) return expect(fx.adapter.transfers).toBeUndefined();
        const from = transferable();
        const payees = await fx.adapter.payees?.list(session);
        if (!from || !fx.adapter.transfers || !payees?.ok || !payees.value[0]) throw new Error('need an account and a payee');
        const r = await fx.adapter.transfers.submit(session, {
          idempotencyKey: fx.nextKey(),
          from: from.id,
          to: { kind: 'payee', payeeId: payees.value[0].id },
          amount: { minor: (from.available ?? from.balance).minor + 100_000_000, currency: from.balance.currency },
        });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(['insufficient-funds', 'rejected']).toContain(r.error.kind);
      });
    });

    describe('approvals', () => {
      it('starts a decoupled approval that stays pending until the app decides (or the capability is absent)', async () => {
        if (!has('approvals')()) return expect(fx.adapter.approvals).toBeUndefined();
        const from = accounts[0];
        const payees = await fx.adapter.payees?.list(session);
        if (!from || !fx.adapter.approvals || !payees?.ok || !payees.value[0]) throw new Error('need an account and a payee');
        const started = await fx.adapter.approvals.start(session, { from: from.id, to: { kind: 'payee', payeeId: payees.value[0].id }, amount: { minor: 100, currency: from.balance.currency } });
        expect(started.ok && started.value.status).toBe('pending');
        if (!started.ok) return;
        if (!fx.approve) throw new Error('a fixture with approvals must say how the customer approves in the app');
        await fx.approve(started.value.approvalId);
        const now = await fx.adapter.approvals.status(session, started.value.approvalId);
        expect(now.ok && now.value.status).toBe('approved');
      });

      it('asked again for the same order (a yes said twice), answers the approval already in the app', async () => {
        if (!has('approvals')()) return expect(fx.adapter.approvals).toBeUndefined();
        const from = accounts[0];
        const payees = await fx.adapter.payees?.list(session);
        if (!from || !fx.adapter.approvals || !payees?.ok || !payees.value[0]) throw new Error('need an account and a payee');
        const request = { idempotencyKey: 'asked-twice', from: from.id, to: { kind: 'payee' as const, payeeId: payees.value[0].id }, amount: { minor: 100, currency: from.balance.currency } };
        const first = await fx.adapter.approvals.start(session, request);
        const second = await fx.adapter.approvals.start(session, request);
        if (!first.ok || !second.ok) throw new Error(`the approvals did not start: ${JSON.stringify([first, second])}`);
        expect(second.value.approvalId).toBe(first.value.approvalId);
      });

      it('withdraws an approval not given yet: the app can no longer approve it, and no order is paid under it', async () => {
        if (!has('approvals')()) return expect(fx.adapter.approvals).toBeUndefined();
        const from = accounts[0];
        const payees = await fx.adapter.payees?.list(session);
        if (!from || !fx.adapter.approvals || !fx.adapter.transfers || !payees?.ok || !payees.value[0]) throw new Error('need an account, a payee and transfers');
        const to = { kind: 'payee' as const, payeeId: payees.value[0].id };
        const amount = { minor: 100, currency: from.balance.currency };
        const started = await fx.adapter.approvals.start(session, { idempotencyKey: 'withdrawn-order', from: from.id, to, amount });
        if (!started.ok) throw new Error('the approval did not start');
        expect(await fx.adapter.approvals.withdraw(session, started.value.approvalId)).toEqual({ ok: true, value: undefined });
        await fx.approve?.(started.value.approvalId);
        const now = await fx.adapter.approvals.status(session, started.value.approvalId);
        expect(now.ok && now.value.status).not.toBe('approved');
        expect(now.ok && now.value.status).not.toBe('pending');
        const paid = await fx.adapter.transfers.submit(session, { idempotencyKey: 'withdrawn-order', approvalId: started.value.approvalId, from: from.id, to, amount });
        expect(paid.ok).toBe(false);
      });
    });

    describe('cards', () => {
      it('locks and unlocks a card, and reads a credit card statement (or the capability is absent)', async () => {
        if (!has('cards')()) return expect(fx.adapter.cards).toBeUndefined();
        const cards = await fx.adapter.cards?.list(session);
        if (!cards?.ok || !cards.value[0] || !fx.adapter.cards) throw new Error('need a card');
        const card = cards.value[0];
        const locked = await fx.adapter.cards.setLocked(session, card.id, true);
        expect(locked.ok && locked.value.locked).toBe(true);
        const unlocked = await fx.adapter.cards.setLocked(session, card.id, false);
        expect(unlocked.ok && unlocked.value.locked).toBe(false);
        const credit = accounts.find((a) => a.kind === 'credit-card');
        if (credit) {
          const st = await fx.adapter.cards.statement(session, credit.id);
          expect(st.ok).toBe(true);
          if (st.ok) expect(st.value.dueDate).toMatch(isoDate);
        }
      });
    });

    describe('alerts', () => {
      it('lists fraud alerts and records the verdict (or the capability is absent)', async () => {
        if (!has('alerts')()) return expect(fx.adapter.alerts).toBeUndefined();
        const alerts = await fx.adapter.alerts?.list(session);
        expect(alerts?.ok).toBe(true);
        if (!alerts?.ok || !fx.adapter.alerts) return;
        const open = alerts.value.find((a) => a.status === 'unreviewed');
        if (!open) throw new Error('the fixture customer needs an unreviewed alert');
        const resolved = await fx.adapter.alerts.resolve(session, open.id, 'genuine');
        expect(resolved.ok && resolved.value.status).toBe('confirmed-genuine');
      });
    });
  });
}
