/** The audit trail in SQL: an append-only table (a trigger refuses updates and deletes). */
import { customerId } from '../../kit/ids';
import { isCurrencyCode } from '../../kit/money';
import type { Logger } from '../../kit/logger';
import type { AuditAction, AuditEvent, AuditTrail } from '../audit-log';
import type { Sql } from './database';

/** How many unwritten events are held for the next attempt before the oldest are given up (and logged). */
const HELD_AT_MOST = 10_000;

interface Row {
  at: Date;
  customer_id: string;
  action: string;
  outcome: string;
  reference: string | null;
  amount_minor: string | null;
  currency: string | null;
  target: string | null;
  platform: string | null;
  client: string | null;
}

function fromRow(row: Row): AuditEvent {
  const amount = row.amount_minor !== null && row.currency !== null && isCurrencyCode(row.currency) ? { minor: Number(row.amount_minor), currency: row.currency } : undefined;
  const platform = row.platform === 'alexa' || row.platform === 'dialogflow' ? row.platform : undefined;
  return {
    at: row.at.toISOString(),
    customerId: customerId(row.customer_id),
    action: row.action as AuditAction,
    outcome: row.outcome,
    ...(row.reference !== null ? { reference: row.reference } : {}),
    ...(amount ? { amount } : {}),
    ...(row.target !== null ? { target: row.target } : {}),
    ...(platform ? { platform } : {}),
    ...(row.client !== null ? { client: row.client } : {}),
  };
}

/**
 * The audit_events table. A write that fails does not fail the customer's turn (the money has
 * moved by then): the event is logged as unwritten, by action only, and held for the next write.
 */
export function sqlAuditTrail(sql: Sql, logger: Logger): AuditTrail {
  const held: AuditEvent[] = [];
  const insert = (e: AuditEvent) =>
    sql.query(
      `insert into audit_events (at, customer_id, action, outcome, reference, amount_minor, currency, target, platform, client)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [e.at, e.customerId, e.action, e.outcome, e.reference ?? null, e.amount?.minor ?? null, e.amount?.currency ?? null, e.target ?? null, e.platform ?? null, e.client ?? null],
    );
  return {
    async record(event) {
      held.push(event);
      while (held.length > 0) {
        const next = held[0] as AuditEvent;
        try {
          await insert(next);
          held.shift();
        } catch (error) {
          logger.error({ audit: 'unwritten', action: event.action, held: held.length, error: error instanceof Error ? error.name : 'unknown' }, 'audit write failed');
          if (held.length > HELD_AT_MOST) logger.error({ audit: 'dropped', action: held.shift()?.action }, 'audit event given up');
          return;
        }
      }
    },
    async read(customer) {
      // amount_minor as text: int8 comes back as a string from pg but as BigInt from PGlite.
      const select = 'select at, customer_id, action, outcome, reference, amount_minor::text as amount_minor, currency, target, platform, client from audit_events';
      const rows = customer
        ? await sql.query<Row>(`${select} where customer_id = $1 order by seq`, [customer])
        : await sql.query<Row>(`${select} order by seq`);
      return rows.map(fromRow);
    },
  };
}
