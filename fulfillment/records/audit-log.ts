/**
 * The audit trail of every attempt to move money or change a card, every PIN failure and lock,
 * and every link, unlink and PIN enrolment: who, what, when, outcome. It is a bank record, kept
 * apart from the application log and append-only; it holds ids and amounts but never account
 * numbers, PINs or tokens.
 */
import type { CustomerId } from '../kit/ids';
import type { Money } from '../kit/money';
import type { Platform } from '../kit/platform';

/** What was attempted. */
export type AuditAction =
  | 'transfer'
  /** A decoupled approval asked for in the bank's app ("requested"), or one the bank had not confirmed ("uncertain"). */
  | 'transfer-approval'
  | 'transfer-cancel'
  | 'card-lock'
  | 'card-unlock'
  | 'fraud-confirmed-genuine'
  | 'fraud-reported'
  | 'pin-failed'
  | 'pin-locked'
  | 'pin-set'
  | 'link'
  | 'unlink'
  | 'consent-withdraw';

/** One audit record. */
export interface AuditEvent {
  /** ISO date-time. */
  readonly at: string;
  readonly customerId: CustomerId;
  readonly action: AuditAction;
  /** How it ended: "completed", "pending", "refused:insufficient-funds", "timeout"... */
  readonly outcome: string;
  /** An opaque reference: the idempotency key, alert id, card id or link id. */
  readonly reference?: string;
  readonly amount?: Money;
  /** The bank's id of the payee or account the money went to. */
  readonly target?: string;
  readonly platform?: Platform;
  /** The account-linking client of a link or unlink (the Alexa skill, an assistant). */
  readonly client?: string;
}

/** Where audit records go. */
export interface AuditLog {
  record(event: AuditEvent): Promise<void>;
}

/** An audit log that can be read back, oldest first (by customer, or all). */
export interface AuditTrail extends AuditLog {
  read(customer?: CustomerId): Promise<readonly AuditEvent[]>;
}

/** Keeps audit records in memory: the default, and what tests read. */
export class MemoryAuditLog implements AuditTrail {
  readonly events: AuditEvent[] = [];
  async record(event: AuditEvent): Promise<void> {
    this.events.push(event);
  }
  async read(customer?: CustomerId): Promise<readonly AuditEvent[]> {
    return this.events.filter((e) => !customer || e.customerId === customer);
  }
}
