/**
 * Links no token points to are ended by the linking server's sweep: a customer who passed the
 * bank's step and closed the browser leaves no live link (nor, with Berlin Group, a consent)
 * behind. A link in the middle of its linking, or with a grant, stays. On PGlite and PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import { fixedClock } from '../../fulfillment/kit/clock';
import { customerId } from '../../fulfillment/kit/ids';
import type { Database } from '../../fulfillment/records/sql/database';
import { secretBox } from '../../fulfillment/records/secret-box';
import { sqlRecords } from '../../fulfillment/records/sql/sql-records';
import { sweepOrphanLinks } from '../../skill/linking/orphan-links';
import { CaptureLogger } from '../support/capture-logger';
import { testDatabase, type DatabaseKind } from '../support/databases';
import { describeWith } from '../support/services';

const box = secretBox([{ id: 'k1', key: randomBytes(32) }]);

for (const kind of ['pglite', 'postgres'] as const satisfies readonly DatabaseKind[]) {
  (kind === 'postgres' ? describeWith('postgres') : describe)(`the orphan link sweep on ${kind}`, () => {
    let db: Database | undefined;
    beforeAll(async () => {
      db = await testDatabase(kind);
    }, 60_000);
    afterAll(async () => db?.close());

    it('ends a link left without any grant once no linking can still be under way, and only that one', async () => {
      if (!db) throw new Error('no database');
      const sql = db;
      const records = sqlRecords(sql, box, new CaptureLogger());
      const made = (name: string) => records.links.create({ customer: { id: customerId(`c-${name}`), firstName: name }, bank: 'sandbox', clientId: 'alexa', credentials: { token: 'demo' } });
      const left = await made('left');
      const granted = await made('granted');
      const underWay = await made('under-way');
      await sql.query("update links set created_at = now() - interval '3 hours' where link_id = any($1)", [[left.linkId, granted.linkId]]);
      await sql.query("insert into oidc_payloads (model, id, payload, account_id) values ('Grant', $1, '{}'::jsonb, $2)", [`g-${granted.linkId}`, granted.linkId]);

      const clock = fixedClock(new Date().toISOString());
      expect(await sweepOrphanLinks({ records, sql, bank: { kind: 'sandbox' }, clock })).toBe(1);
      expect(await records.links.find(left.linkId)).toBeUndefined();
      expect(await records.links.find(granted.linkId)).toBeDefined();
      expect(await records.links.find(underWay.linkId)).toBeDefined();
      expect(await sweepOrphanLinks({ records, sql, bank: { kind: 'sandbox' }, clock })).toBe(0);
    });
  });
}
