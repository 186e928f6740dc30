/**
 * The records contract on PGlite (in memory) and on PostgreSQL (a schema of this run's own), plus
 * what only a database can show: the bank's tokens are sealed at rest, the audit trail refuses
 * changes, and the migrations run once.
 */
import { randomBytes } from 'node:crypto';
import { customerId } from '../../fulfillment/kit/ids';
import type { Database } from '../../fulfillment/records/sql/database';
import { migrate } from '../../fulfillment/records/sql/migrate';
import { secretBox } from '../../fulfillment/records/secret-box';
import { sqlRecords } from '../../fulfillment/records/sql/sql-records';
import { CaptureLogger } from '../support/capture-logger';
import { testDatabase, type DatabaseKind } from '../support/databases';
import { describeWith } from '../support/services';
import { describeRecordsContract } from './records.contract';

const box = secretBox([{ id: 'k1', key: randomBytes(32) }]);

for (const kind of ['pglite', 'postgres'] as const satisfies readonly DatabaseKind[]) {
  const describeIt = kind === 'postgres' ? describeWith('postgres') : describe;
  let db: Database | undefined;
  const open = async () => (db ??= await testDatabase(kind));

  describeRecordsContract(kind, async () => ({ records: sqlRecords(await open(), box, new CaptureLogger()) }), describeIt);

  describeIt(`records at rest on ${kind}`, () => {
    afterAll(async () => {
      await db?.close();
      db = undefined;
    });

    it('holds no bank token in the clear, and opens none under another key', async () => {
      const sql = await open();
      const link = await sqlRecords(sql, box, new CaptureLogger()).links.create({ customer: { id: customerId('c-rest'), firstName: 'Rest' }, bank: 'berlin-group', clientId: 'alexa', credentials: { token: 'bank-secret-token-xyz', consentId: 'consent-secret-xyz' } });
      const rows = await sql.query<Record<string, unknown>>('select * from links where link_id = $1', [link.linkId]);
      expect(JSON.stringify(rows)).not.toMatch(/bank-secret-token-xyz|consent-secret-xyz/);
      const otherKey = secretBox([{ id: 'k1', key: randomBytes(32) }]);
      expect(await sqlRecords(sql, otherKey, new CaptureLogger()).links.find(link.linkId)).toBeUndefined();
    });

    it('seals again with the newest key what an older key sealed, when the link is read', async () => {
      const sql = await open();
      const old = { id: 'old', key: randomBytes(32) };
      const link = await sqlRecords(sql, secretBox([old]), new CaptureLogger()).links.create({ customer: { id: customerId('c-rotate'), firstName: 'Rot' }, bank: 'sandbox', clientId: 'alexa', credentials: { token: 'demo' } });
      const rotated = secretBox([{ id: 'new', key: randomBytes(32) }, old]);
      expect((await sqlRecords(sql, rotated, new CaptureLogger()).links.find(link.linkId))?.credentials).toEqual({ token: 'demo' });
      const [row] = await sql.query<{ secrets: string }>('select secrets from links where link_id = $1', [link.linkId]);
      expect(row?.secrets.split('.')[1]).toBe('new');
    });

    it('refuses to change or delete an audit event', async () => {
      const sql = await open();
      await sqlRecords(sql, box, new CaptureLogger()).audit.record({ at: '2026-11-20T15:30:00.000Z', customerId: customerId('c-append'), action: 'card-lock', outcome: 'completed', reference: 'card-1' });
      await expect(sql.query("update audit_events set outcome = 'forged' where customer_id = 'c-append'")).rejects.toThrow(/append-only/);
      await expect(sql.query("delete from audit_events where customer_id = 'c-append'")).rejects.toThrow(/append-only/);
      await expect(sql.exec('truncate audit_events')).rejects.toThrow(/append-only/);
    });

    it('applies each migration once', async () => {
      expect(await migrate(await open())).toEqual([]);
    });
  });
}
