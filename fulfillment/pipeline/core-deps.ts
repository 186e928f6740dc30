import type { AuditLog } from '../records/audit-log';
import type { BankAdapter } from '../banks/bank-adapter';
import type { Clock } from '../kit/clock';
import type { Logger } from '../kit/logger';
import type { Metrics } from './metrics';
import type { Pseudonym } from '../kit/pseudonym';
import type { StateStore } from '../state/state-store';
import type { LinkDirectory } from '../records/link-directory';
import type { PinDirectory } from '../records/pin-directory';
import type { TransferPolicy } from './transfer-policy';

/** What the core needs from the outside world, passed in once at start-up. */
export interface CoreDeps {
  readonly bank: BankAdapter;
  /** Where a platform's access token leads to a customer and the bank's credentials. */
  readonly links: LinkDirectory;
  readonly store: StateStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly audit: AuditLog;
  readonly transferPolicy: TransferPolicy;
  readonly pins: PinDirectory;
  /**
   * How long, in milliseconds from the start of a turn, the bank may take in all; calls not
   * settled by then answer `timeout`. None: no deadline.
   */
  readonly bankDeadlineMs?: number;
  /** Hashes customer ids for logs; none: log lines name no customer at all. */
  readonly pseudonym?: Pseudonym;
  /** Where the core reports turns, bank calls and transfers; none: nowhere. */
  readonly metrics?: Metrics;
}
