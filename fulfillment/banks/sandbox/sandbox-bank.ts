/**
 * The embedded sandbox bank: seeded customers whose balances change with transfers, cards
 * that lock, fraud alerts, and a decoupled approval that a test, the CLI or the simulator
 * grants or refuses through `control`.
 */
import { randomUUID } from 'node:crypto';
import type { BankAdapter, BankResult } from '../bank-adapter';
import type { BankError } from '../bank-error';
import type { BankSession, Customer, TransactionPage } from '../bank-types';
import type { Approval, ApprovalRequest } from '../transfer-types';
import { sameMoney } from '../../kit/money';
import { systemClock, type Clock } from '../../kit/clock';
import { err, ok, type Result } from '../../kit/result';
import { SEED_CUSTOMERS, type SeedCustomer } from './seed';
import { HISTORY_DAYS } from './history';
import { openBooks, type Books, type PendingApproval } from './state';
import { cancelTransfer, settle, submitTransfer } from './transfers';
import { currentStatement } from './statements';

/**
 * A fault a test can make the next call to an operation suffer: the bank unavailable or silent
 * before acting, silent after acting, or acting only after the caller stopped waiting ("late",
 * reported as abandoned).
 */
export type SandboxFault = 'unavailable' | 'timeout' | 'timeout-after-commit' | 'late';

/** How long after the caller stopped waiting a "late" call acts. */
export const SANDBOX_LATE_MS = 50;

/** How long an approval waits in the app before it expires. */
export const APPROVAL_TTL_MS = 5 * 60_000;

/** What a test, the CLI or the simulator's bank-app panel may do to the sandbox. */
export interface SandboxControl {
  /** Approvals still waiting in the app, for the bank-app panel. */
  pendingApprovals(): readonly PendingApproval[];
  /** Approves or refuses a waiting approval, as the customer would in the app. */
  decide(approvalId: string, decision: 'approved' | 'refused'): boolean;
  /** Makes the next call of an operation ("transfers.submit", "accounts.list"...) fail. */
  failNext(operation: string, fault: SandboxFault): void;
  /** Delays every call, to model a slow bank. */
  setLatency(ms: number): void;
  /** How many adapter calls were made, by operation. */
  calls(): Readonly<Record<string, number>>;
  /** The messages sent into one customer's banking app, oldest first. */
  inbox(accessToken: string): readonly { readonly at: string; readonly text: string }[];
  /** One customer's books, for tests that check money really moved. */
  books(accessToken: string): Books | undefined;
}

/** The sandbox adapter plus its control panel. */
export interface SandboxBank extends BankAdapter {
  readonly control: SandboxControl;
}

/** Options for the sandbox. */
export interface SandboxOptions {
  readonly clock?: Clock;
  readonly latencyMs?: number;
}

/** Two approval requests for the same order: its key, accounts, payee and amount alike. */
function sameRequest(a: ApprovalRequest, b: ApprovalRequest): boolean {
  const target = (r: ApprovalRequest) => (r.to.kind === 'payee' ? `payee:${r.to.payeeId}` : `account:${r.to.accountId}`);
  return a.idempotencyKey === b.idempotencyKey && a.from === b.from && target(a) === target(b) && sameMoney(a.amount, b.amount);
}

/** Opens the sandbox bank with fresh books for every seeded customer. */
export function createSandboxBank(options: SandboxOptions = {}): SandboxBank {
  const clock = options.clock ?? systemClock;
  const opened = clock.now();
  // A customer's books (90 days of generated history) are opened when the customer is first
  // seen, as of the instant the bank opened, so start-up does not pay for all of them.
  const opening = new Map<string, Books>();
  const open = (seed: SeedCustomer | undefined): Books | undefined => {
    if (!seed) return undefined;
    let books = opening.get(seed.id);
    if (!books) opening.set(seed.id, (books = openBooks(seed, opened)));
    return books;
  };
  const seedByToken = new Map(SEED_CUSTOMERS.map((s) => [s.accessToken, s]));
  const byToken = { get: (token: string) => open(seedByToken.get(token)) };
  const approvals = new Map<string, PendingApproval>();
  const faults = new Map<string, SandboxFault>();
  const counts: Record<string, number> = {};
  let latencyMs = options.latencyMs ?? 0;

  async function call<T>(operation: string, work: () => Result<T, BankError>): BankResult<T> {
    counts[operation] = (counts[operation] ?? 0) + 1;
    if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));
    const fault = faults.get(operation);
    faults.delete(operation);
    if (fault === 'unavailable') return err({ kind: 'unavailable' });
    if (fault === 'timeout') return err({ kind: 'timeout' });
    if (fault === 'late') {
      setTimeout(work, SANDBOX_LATE_MS);
      return err({ kind: 'timeout', abandoned: true });
    }
    const result = work();
    return fault === 'timeout-after-commit' ? err({ kind: 'timeout' }) : result;
  }

  const booksOf = (session: BankSession): Result<Books, BankError> => {
    const books = byToken.get(session.credentials.token);
    return books && books.customerId === session.customer.id ? ok(books) : err({ kind: 'not-linked' });
  };
  const withBooks = <T>(operation: string, session: BankSession, work: (b: Books) => Result<T, BankError>) =>
    call(operation, () => {
      const books = booksOf(session);
      return books.ok ? work(books.value) : books;
    });

  const approvalView = (p: PendingApproval): Approval => {
    if (p.status === 'pending' && clock.now().getTime() > p.startedAt + APPROVAL_TTL_MS) p.status = 'expired';
    return { approvalId: p.approval.approvalId, status: p.status };
  };

  const inboxes = new Map<string, { at: string; text: string }[]>();

  return {
    name: 'sandbox',
    identify: (link) =>
      call('identify', () => {
        // The sandbox's OAuth token for a customer is their demo token ("demo", "demo-gb"...).
        const books = byToken.get(link.credentials.token);
        const customer: Customer | undefined = books && { id: books.customerId, firstName: books.firstName };
        return customer ? ok(customer) : err({ kind: 'not-linked' });
      }),
    accounts: { list: (s) => withBooks('accounts.list', s, (b) => ok([...b.accounts])) },
    transactions: {
      historyDays: HISTORY_DAYS,
      list: (s, q) =>
        withBooks('transactions.list', s, (b): Result<TransactionPage, BankError> => {
          if (!b.accounts.some((a) => a.id === q.accountId)) return err({ kind: 'not-found' });
          const all = b.transactions.filter(
            (t) => t.accountId === q.accountId && (!q.from || t.date >= q.from) && (!q.to || t.date <= q.to),
          );
          const start = q.cursor ? Number(q.cursor) : 0;
          if (!Number.isInteger(start) || start < 0) return err({ kind: 'invalid-request', reason: 'bad cursor' });
          const limit = Math.min(Math.max(q.limit ?? 25, 1), 100);
          const page = all.slice(start, start + limit);
          return ok(start + limit < all.length ? { transactions: page, nextCursor: String(start + limit) } : { transactions: page });
        }),
    },
    payees: { list: (s) => withBooks('payees.list', s, (b) => ok([...b.payees])) },
    transfers: {
      submit: (s, order) =>
        withBooks('transfers.submit', s, (b) =>
          submitTransfer(b, order, order.approvalId ? approvals.get(order.approvalId) : undefined, clock.now().getTime()),
        ),
      status: (s, key) =>
        withBooks('transfers.status', s, (b) => {
          const receipt = settle(b, key, clock.now().getTime());
          return receipt ? ok(receipt) : err({ kind: 'not-found' });
        }),
      cancel: (s, id) => withBooks('transfers.cancel', s, (b) => cancelTransfer(b, id, clock.now().getTime())),
    },
    approvals: {
      start: (s, request) =>
        withBooks('approvals.start', s, (b) => {
          // Asked again for the same order (a yes said twice at once): the approval already in the
          // app, never a second prompt for one payment.
          const same = request.idempotencyKey ? [...approvals.values()].find((p) => p.customerId === b.customerId && sameRequest(p.request, request)) : undefined;
          if (same && approvalView(same).status !== 'expired' && approvalView(same).status !== 'refused') return ok(approvalView(same));
          const approvalId = `apr-${randomUUID()}`;
          const pending: PendingApproval = {
            approval: { approvalId, status: 'pending' },
            request,
            customerId: b.customerId,
            startedAt: clock.now().getTime(),
            status: 'pending',
          };
          approvals.set(approvalId, pending);
          return ok(approvalView(pending));
        }),
      status: (s, id) =>
        withBooks('approvals.status', s, (b) => {
          const p = approvals.get(id);
          return p && p.customerId === b.customerId ? ok(approvalView(p)) : err({ kind: 'not-found' });
        }),
      withdraw: (s, id) =>
        withBooks('approvals.withdraw', s, (b) => {
          const p = approvals.get(id);
          if (!p || p.customerId !== b.customerId) return err({ kind: 'not-found' });
          // Withdrawn, it leaves the app: the customer can no longer approve it.
          if (approvalView(p).status === 'pending') p.status = 'expired';
          return ok(undefined);
        }),
    },
    cards: {
      list: (s) => withBooks('cards.list', s, (b) => ok([...b.cards])),
      statement: (s, accId) =>
        withBooks('cards.statement', s, (b) => {
          const st = currentStatement(b, accId);
          return st ? ok(st) : err({ kind: 'not-found' });
        }),
      setLocked: (s, id, locked) =>
        withBooks('cards.setLocked', s, (b) => {
          const i = b.cards.findIndex((c) => c.id === id);
          const card = b.cards[i];
          if (!card) return err({ kind: 'not-found' });
          const next = { ...card, locked };
          b.cards[i] = next;
          return ok(next);
        }),
    },
    alerts: {
      list: (s) => withBooks('alerts.list', s, (b) => ok([...b.alerts])),
      resolve: (s, id, verdict) =>
        withBooks('alerts.resolve', s, (b) => {
          const i = b.alerts.findIndex((a) => a.id === id);
          const alert = b.alerts[i];
          if (!alert) return err({ kind: 'not-found' });
          const next = { ...alert, status: verdict === 'genuine' ? ('confirmed-genuine' as const) : ('reported-fraud' as const) };
          b.alerts[i] = next;
          return ok(next);
        }),
    },
    messages: {
      send: (s, message) =>
        withBooks('messages.send', s, (b) => {
          const box = inboxes.get(b.customerId) ?? [];
          box.push({ at: clock.now().toISOString(), text: message.text });
          inboxes.set(b.customerId, box.slice(-50));
          return ok(undefined);
        }),
    },
    control: {
      inbox: (token) => {
        const books = byToken.get(token);
        return books ? [...(inboxes.get(books.customerId) ?? [])] : [];
      },
      pendingApprovals: () => [...approvals.values()].filter((p) => approvalView(p).status === 'pending'),
      decide: (id, decision) => {
        const p = approvals.get(id);
        if (!p || approvalView(p).status !== 'pending') return false;
        p.status = decision;
        return true;
      },
      failNext: (operation, fault) => void faults.set(operation, fault),
      setLatency: (ms) => void (latencyMs = ms),
      calls: () => ({ ...counts }),
      books: (token) => byToken.get(token),
    },
  };
}
