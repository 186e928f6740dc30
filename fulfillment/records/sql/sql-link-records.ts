/** Links in SQL: the bank's credentials sealed (secret-box.ts), opened only in this process. */
import type { BankCredentials } from '../../banks/bank-types';
import { customerId } from '../../kit/ids';
import * as z from '../../kit/schema';
import { readStored } from '../../kit/stored';
import { newLinkId, type BankRenewal, type LinkRecord, type LinkRecords } from '../link-records';
import type { SecretBox } from '../secret-box';
import type { Sql } from './database';

/** What is sealed: the credentials and their renewal. */
const Sealed = z.object({
  credentials: z.object({ token: z.string(), consentId: z.optional(z.string()) }),
  renewal: z.optional(z.object({ refreshToken: z.string(), expiresAt: z.string(), endpoint: z.optional(z.string()) })),
});

interface Row {
  link_id: string;
  customer_id: string;
  first_name: string;
  bank: string;
  client_id: string;
  secrets: string;
  consent_valid_until: string | null;
  created_at: Date;
}

const seal = (box: SecretBox, linkId: string, credentials: BankCredentials, renewal: BankRenewal | undefined) =>
  box.seal(JSON.stringify({ credentials, ...(renewal ? { renewal } : {}) }), linkId);

/** The links table, with the bank's secrets sealed by `box`. A row whose secrets do not open reads as no link. */
export function sqlLinkRecords(sql: Sql, box: SecretBox): LinkRecords {
  const columns = `link_id, customer_id, first_name, bank, client_id, secrets, to_char(consent_valid_until, 'YYYY-MM-DD') as consent_valid_until, created_at`;

  function fromRow(row: Row): LinkRecord | undefined {
    const opened = box.open(row.secrets, row.link_id);
    const secrets = opened === undefined ? undefined : readStored(opened, Sealed);
    if (!secrets) return undefined;
    return {
      linkId: row.link_id,
      customer: { id: customerId(row.customer_id), firstName: row.first_name },
      bank: row.bank,
      clientId: row.client_id,
      credentials: secrets.credentials.consentId === undefined ? { token: secrets.credentials.token } : { token: secrets.credentials.token, consentId: secrets.credentials.consentId },
      ...(secrets.renewal ? { renewal: secrets.renewal } : {}),
      ...(row.consent_valid_until ? { consentValidUntil: row.consent_valid_until } : {}),
      createdAt: row.created_at.toISOString(),
    };
  }

  return {
    async create(link) {
      const linkId = newLinkId();
      const rows = await sql.query<Row>(
        `insert into links (link_id, customer_id, first_name, bank, client_id, secrets, consent_valid_until)
         values ($1, $2, $3, $4, $5, $6, $7::date) returning ${columns}`,
        [linkId, link.customer.id, link.customer.firstName, link.bank, link.clientId, seal(box, linkId, link.credentials, link.renewal), link.consentValidUntil ?? null],
      );
      const stored = rows[0] && fromRow(rows[0]);
      if (!stored) throw new Error('a link just written does not read back');
      return stored;
    },
    async find(linkId) {
      const row = (await sql.query<Row>(`select ${columns} from links where link_id = $1 and unlinked_at is null`, [linkId]))[0];
      const link = row && fromRow(row);
      // Sealed with an older key: sealed again with the newest, so an old key can be retired.
      if (row && link && box.stale(row.secrets)) {
        await sql.query('update links set secrets = $2 where link_id = $1', [linkId, seal(box, linkId, link.credentials, link.renewal)]);
      }
      return link;
    },
    liveFor: async (customer, clientId) =>
      (await sql.query<{ link_id: string }>('select link_id from links where customer_id = $1 and client_id = $2 and unlinked_at is null', [customer, clientId])).map((r) => r.link_id),
    async renew(linkId, credentials, renewal) {
      await sql.query('update links set secrets = $2 where link_id = $1', [linkId, seal(box, linkId, credentials, renewal)]);
    },
    async unlink(linkId, reason) {
      const rows = await sql.query('update links set unlinked_at = now(), unlink_reason = $2 where link_id = $1 and unlinked_at is null returning link_id', [linkId, reason]);
      return rows.length > 0;
    },
  };
}
