/** The durable records the skill keeps, as one bundle of ports: links, voice PINs, the audit trail. */
import { MemoryAuditLog, type AuditTrail } from './audit-log';
import { memoryLinkRecords, type LinkRecords } from './link-records';
import { memoryPinEnrolment, type PinEnrolment } from './pin-directory';

/** Every record port. */
export interface Records {
  readonly links: LinkRecords;
  readonly pins: PinEnrolment;
  readonly audit: AuditTrail;
}

/** Records in memory: for tests and runs that are not about the database. */
export function memoryRecords(now: () => Date = () => new Date()): Records {
  return { links: memoryLinkRecords(now), pins: memoryPinEnrolment(), audit: new MemoryAuditLog() };
}
