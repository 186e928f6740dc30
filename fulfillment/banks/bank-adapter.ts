/**
 * The port every bank implements. Required: identify the customer and list accounts. The rest
 * are capabilities an adapter may lack; the core checks for one before offering the intent
 * and answers "I can't do that with this bank yet" when it is missing.
 */
import type { Result } from '../kit/result';
import type { BankError } from './bank-error';
import type {
  Account,
  Card,
  CardStatement,
  Customer,
  BankSession,
  FraudAlert,
  Payee,
  TransactionPage,
  TransactionQuery,
} from './bank-types';
import type { Approval, ApprovalRequest, TransferOrder, TransferReceipt } from './transfer-types';
import type { AccountId, AlertId, CardId } from '../kit/ids';

/** A call to the bank: a value, or one of the expected bank failures. */
export type BankResult<T> = Promise<Result<T, BankError>>;

/** Accounts with balances: the one capability every adapter has. */
export interface AccountsCapability {
  list(session: BankSession): BankResult<readonly Account[]>;
}

/** Transaction history with paging. */
export interface TransactionsCapability {
  list(session: BankSession, query: TransactionQuery): BankResult<TransactionPage>;
  /**
   * How many days back, today included, the bank lets the skill read (PSD2 banks often allow 90
   * without a new strong authentication). A question about earlier days is answered as such,
   * never as "nothing spent". Undefined when the bank does not say.
   */
  readonly historyDays?: number;
}

/** The payees the customer set up in the bank's app. */
export interface PayeesCapability {
  list(session: BankSession): BankResult<readonly Payee[]>;
}

/** Money movement, idempotent per order key. */
export interface TransfersCapability {
  /** Executes an order; the same idempotency key never makes a second transfer. */
  submit(session: BankSession, order: TransferOrder): BankResult<TransferReceipt>;
  /** Looks an order up by its idempotency key: `not-found` when the bank never saw it. */
  status(session: BankSession, idempotencyKey: string): BankResult<TransferReceipt>;
  /** Cancels a transfer the bank still holds pending, where the bank allows it. */
  cancel?(session: BankSession, transferId: string): BankResult<TransferReceipt>;
}

/** Decoupled approval in the bank's app (PSD2 decoupled SCA). */
export interface ApprovalsCapability {
  start(session: BankSession, request: ApprovalRequest): BankResult<Approval>;
  status(session: BankSession, approvalId: string): BankResult<Approval>;
  /**
   * Withdraws an approval not given yet, and whatever the bank created for it, so it can no
   * longer be approved in the app: the customer changed or cancelled the transfer it was for.
   */
  withdraw(session: BankSession, approvalId: string): BankResult<void>;
}

/** Card statements, locking and unlocking. */
export interface CardsCapability {
  list(session: BankSession): BankResult<readonly Card[]>;
  statement(session: BankSession, accountId: AccountId): BankResult<CardStatement>;
  setLocked(session: BankSession, cardId: CardId, locked: boolean): BankResult<Card>;
}

/** Fraud alerts on the customer's cards. */
export interface AlertsCapability {
  list(session: BankSession): BankResult<readonly FraudAlert[]>;
  resolve(session: BankSession, alertId: AlertId, verdict: 'genuine' | 'fraud'): BankResult<FraudAlert>;
}

/** A message into the customer's own banking app (its secure inbox). */
export interface BankMessage {
  readonly text: string;
}

/**
 * Messages into the bank's app: where discreet mode sends the figures it leaves unspoken. The
 * bank already holds them; the voice platform never sees them.
 */
export interface MessagesCapability {
  send(session: BankSession, message: BankMessage): BankResult<void>;
}

/** A bank, as the core sees it. */
export interface BankAdapter {
  /** A short name for logs and metrics ("sandbox", "berlin-group"). */
  readonly name: string;
  /**
   * Checks that the bank still honours a link (its credentials, its consent) and returns the
   * customer as the bank knows them: unknown credentials are `not-linked`, a lapsed or revoked
   * consent `consent-expired`.
   */
  identify(link: BankSession): BankResult<Customer>;
  readonly accounts: AccountsCapability;
  readonly transactions?: TransactionsCapability;
  readonly payees?: PayeesCapability;
  readonly transfers?: TransfersCapability;
  readonly approvals?: ApprovalsCapability;
  readonly cards?: CardsCapability;
  readonly alerts?: AlertsCapability;
  readonly messages?: MessagesCapability;
  /**
   * Set for a customer whose link may only read: cards may be locked and purchases reported as
   * fraud, never a card unlocked or a purchase marked genuine (both answer `not-permitted`), so
   * the core refuses those before it asks anything.
   */
  readonly protectiveOnly?: true;
}
