/** The data a bank adapter returns, in the core's own shapes. */
import type { AccountId, AlertId, CardId, CustomerId, PayeeId, TransactionId } from '../kit/ids';
import type { Money } from '../kit/money';

/** The kinds of account the skill speaks about. */
export type AccountKind = 'checking' | 'savings' | 'credit-card';

/** The customer a linked access token belongs to, as the bank knows them. */
export interface Customer {
  readonly id: CustomerId;
  readonly firstName: string;
}

/**
 * What the bank issued when the customer linked: its OAuth token and, where the bank works with
 * consents (Berlin Group), the consent. Only adapters read it; it never reaches a platform.
 */
export interface BankCredentials {
  /** The bank's access token for this customer, sent as the Bearer token; empty where the bank uses none. */
  readonly token: string;
  /** The account-information consent, sent as Consent-ID. */
  readonly consentId?: string;
}

/** What every adapter call is made for: the customer and the bank's credentials from their link. */
export interface BankSession {
  readonly customer: Customer;
  readonly credentials: BankCredentials;
}

/** One of the customer's accounts with its current balance. */
export interface Account {
  readonly id: AccountId;
  readonly kind: AccountKind;
  /** The name the customer gave the account, or the product name ("Everyday Checking"). */
  readonly name: string;
  /** Last four digits of the account number: the most the skill ever speaks. */
  readonly last4: string;
  /**
   * Current balance. For a credit card it is the amount owed, positive when the customer owes
   * money.
   */
  readonly balance: Money;
  /** What the customer can spend or move now, where the bank reports it. */
  readonly available?: Money;
}

/** Booked or still pending. */
export type TransactionStatus = 'booked' | 'pending';

/** A transaction on one account. Amount is negative for money going out. */
export interface Transaction {
  readonly id: TransactionId;
  readonly accountId: AccountId;
  /** ISO date (YYYY-MM-DD) the transaction was booked or authorised. */
  readonly date: string;
  readonly amount: Money;
  readonly description: string;
  readonly merchant?: string;
  readonly category?: string;
  readonly status: TransactionStatus;
}

/** What to list: an account, a date range (inclusive ISO dates) and a page cursor. */
export interface TransactionQuery {
  readonly accountId: AccountId;
  readonly from?: string;
  readonly to?: string;
  readonly cursor?: string;
  readonly limit?: number;
}

/** One page of transactions, newest first, with the cursor of the next page if any. */
export interface TransactionPage {
  readonly transactions: readonly Transaction[];
  readonly nextCursor?: string;
}

/** A beneficiary the customer added in the bank's app. Voice never adds payees. */
export interface Payee {
  readonly id: PayeeId;
  readonly name: string;
  /** Last four digits of the payee's account. */
  readonly last4: string;
}

/** The statement figures of a credit card account. */
export interface CardStatement {
  readonly accountId: AccountId;
  readonly statementBalance: Money;
  readonly minimumPayment: Money;
  /** ISO date (YYYY-MM-DD). */
  readonly dueDate: string;
  readonly creditLimit: Money;
  readonly availableCredit: Money;
}

/** A payment card. */
export interface Card {
  readonly id: CardId;
  readonly accountId: AccountId;
  readonly last4: string;
  readonly locked: boolean;
}

/** A transaction the bank flagged as possibly fraudulent, until the customer reviews it. */
export interface FraudAlert {
  readonly id: AlertId;
  readonly cardId: CardId;
  readonly transactionId: TransactionId;
  readonly amount: Money;
  readonly merchant: string;
  /** ISO date-time of the purchase. */
  readonly at: string;
  readonly status: 'unreviewed' | 'confirmed-genuine' | 'reported-fraud';
}
