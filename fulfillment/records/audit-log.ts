/**
 * The audit trail of every attempt to move money or change a card: who, what, when, outcome.
 * It is a bank record, kept apart from the application log; it holds ids and amounts but never
 * account numbers, PINs or tokens.
 */
import type { CustomerId } from '../kit/ids';
import type { Money } from '../kit/money';
import type { Platform } from '../kit/platform';

/** What was attempted. */
export type AuditAction =
  | 'transfer'
  | 'transfer-cancel'
  | 'card-lock'
  | 'card-unlock'
  | 'fraud-confirmed-genuine'
  | 'fraud-reported'
  | 'pin-failed'
  | 'pin-locked';

/** One audit record. */
export interface AuditEvent {
  /** ISO date-time. */
  readonly at: string;
  readonly customerId: CustomerId;
  readonly action: AuditAction;
  /** How it ended: "completed", "pending", "refused:insufficient-funds", "timeout"... */
  readonly outcome: string;
  /** An opaque reference: the idempotency key, alert id or card id. */
  readonly reference?: string;
  readonly amount?: Money;
  /** The bank's id of the payee or account the money went to. */
  readonly target?: string;
  readonly platform?: Platform;
}

/** Where audit records go. */
export interface AuditLog {
  record(event: AuditEvent): Promise<void>;
}

/** Keeps audit records in memory: the default, and what tests read. */
export class MemoryAuditLog implements AuditLog {
  readonly events: AuditEvent[] = [];
  async record(event: AuditEvent): Promise<void> {
    this.events.push(event);
  }
}
