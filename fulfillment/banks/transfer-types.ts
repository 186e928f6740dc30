/** Transfers as the core asks for them and as the bank reports them. */
import type { AccountId, PayeeId } from '../kit/ids';
import type { Money } from '../kit/money';

/** Where the money goes: a payee, or another of the customer's own accounts. */
export type TransferTarget =
  | { readonly kind: 'payee'; readonly payeeId: PayeeId }
  | { readonly kind: 'own-account'; readonly accountId: AccountId };

/**
 * A transfer the customer confirmed. The idempotency key is unique per confirmed intent: the
 * bank executes at most one transfer per key.
 */
export interface TransferOrder {
  readonly idempotencyKey: string;
  readonly from: AccountId;
  readonly to: TransferTarget;
  readonly amount: Money;
  /** The approval that authorises this order, when the policy asked for one. */
  readonly approvalId?: string;
}

/** Where a transfer stands at the bank. */
export type TransferStatus = 'pending' | 'completed' | 'rejected' | 'cancelled';

/** The bank's word on a transfer. */
export interface TransferReceipt {
  readonly transferId: string;
  readonly idempotencyKey: string;
  readonly status: TransferStatus;
  /** Until when the bank still lets the customer cancel it, ISO date-time. */
  readonly cancellableUntil?: string;
}

/** Where a decoupled approval in the bank's app stands. */
export type ApprovalStatus = 'pending' | 'approved' | 'refused' | 'expired';

/** What an approval is bound to: the app shows these and approves exactly these. */
export interface ApprovalRequest {
  /**
   * The order's idempotency key, where the caller has one: a bank without idempotency of its own
   * binds the payment it creates for the approval to it, so asking again never creates a second.
   */
  readonly idempotencyKey?: string;
  readonly from: AccountId;
  readonly to: TransferTarget;
  readonly amount: Money;
}

/** A decoupled approval started in the bank's app. */
export interface Approval {
  readonly approvalId: string;
  readonly status: ApprovalStatus;
}
