/** The records on an open, migrated database (PostgreSQL or PGlite: the same SQL). */
import type { Logger } from '../../kit/logger';
import type { Records } from '../records';
import type { SecretBox } from '../secret-box';
import type { Sql } from './database';
import { sqlAuditTrail } from './sql-audit-trail';
import { sqlLinkRecords } from './sql-link-records';
import { sqlPinEnrolment } from './sql-pin-enrolment';

/** Every record port on one database; bank tokens are sealed by `box`. */
export function sqlRecords(sql: Sql, box: SecretBox, logger: Logger): Records {
  return { links: sqlLinkRecords(sql, box), pins: sqlPinEnrolment(sql), audit: sqlAuditTrail(sql, logger) };
}
