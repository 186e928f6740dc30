/**
 * The contract every implementation of the record ports passes (memory, PGlite, PostgreSQL):
 * links with their bank credentials, voice PIN enrolment and the audit trail.
 */
import type { AuditEvent } from '../../fulfillment/records/audit-log';
import type { NewLink } from '../../fulfillment/records/link-records';
import type { Records } from '../../fulfillment/records/records';
import { customerId } from '../../fulfillment/kit/ids';
import { hashPin, pinMatches } from '../../fulfillment/records/pin-hash';

/** How a contract run gets its records. */
export interface RecordsFixture {
  readonly records: Records;
  close?(): Promise<void>;
}

const lena = { id: customerId('bg-lena'), firstName: 'Lena' };
const newLink = (over: Partial<NewLink> = {}): NewLink => ({
  customer: lena,
  bank: 'berlin-group',
  clientId: 'alexa',
  credentials: { token: 'bank-oauth-token-1', consentId: 'consent-1' },
  renewal: { refreshToken: 'bank-refresh-1', expiresAt: '2026-11-20T16:30:00.000Z' },
  consentValidUntil: '2027-02-18',
  ...over,
});

/** Registers the contract for one implementation, under `describe` or the `describe.skip` that printed why. */
export function describeRecordsContract(name: string, setup: () => Promise<RecordsFixture>, describeIt: jest.Describe = describe): void {
  describeIt(`Records contract: ${name}`, () => {
    let fx: RecordsFixture | undefined;
    beforeAll(async () => {
      fx = await setup();
    });
    afterAll(async () => fx?.close?.());
    const records = () => {
      if (!fx) throw new Error('the records were not set up');
      return fx.records;
    };

    describe('links', () => {
      it('keeps a link with its customer, bank, client, credentials, renewal and consent date', async () => {
        const made = await records().links.create(newLink());
        expect(made.linkId).toMatch(/^[0-9a-f-]{36}$/);
        expect(await records().links.find(made.linkId)).toEqual(made);
        expect(made).toMatchObject({ customer: lena, bank: 'berlin-group', clientId: 'alexa', credentials: { token: 'bank-oauth-token-1', consentId: 'consent-1' }, consentValidUntil: '2027-02-18' });
      });

      it('keeps a link without consent or renewal as it was given', async () => {
        const { renewal: _r, consentValidUntil: _c, ...plain } = newLink({ bank: 'sandbox', credentials: { token: 'demo' } });
        const made = await records().links.create(plain);
        const found = await records().links.find(made.linkId);
        expect(found?.credentials).toEqual({ token: 'demo' });
        expect(found).not.toHaveProperty('renewal');
        expect(found).not.toHaveProperty('consentValidUntil');
      });

      it('finds nothing for an unknown id', async () => {
        expect(await records().links.find('00000000-0000-4000-8000-000000000000')).toBeUndefined();
      });

      it('replaces the credentials when the bank token is renewed', async () => {
        const made = await records().links.create(newLink());
        await records().links.renew(made.linkId, { token: 'bank-oauth-token-2', consentId: 'consent-1' }, { refreshToken: 'bank-refresh-2', expiresAt: '2026-11-20T17:30:00.000Z' });
        expect(await records().links.find(made.linkId)).toMatchObject({ credentials: { token: 'bank-oauth-token-2' }, renewal: { refreshToken: 'bank-refresh-2' } });
      });

      it('unlinks once, and an unlinked link is found no more', async () => {
        const made = await records().links.create(newLink({ clientId: 'unlink-client' }));
        expect(await records().links.liveFor(lena.id, 'unlink-client')).toEqual([made.linkId]);
        expect(await records().links.unlink(made.linkId, 'revoked')).toBe(true);
        expect(await records().links.unlink(made.linkId, 'revoked')).toBe(false);
        expect(await records().links.find(made.linkId)).toBeUndefined();
        expect(await records().links.liveFor(lena.id, 'unlink-client')).toEqual([]);
      });
    });

    describe('voice PIN enrolment', () => {
      it('has no PIN for a customer who set none, then the latest one set', async () => {
        const who = customerId(`pin-${name}`);
        expect(await records().pins.hashFor(who)).toBeUndefined();
        await records().pins.enrol(who, hashPin('2468'));
        await records().pins.enrol(who, hashPin('1357'));
        const stored = await records().pins.hashFor(who);
        expect(stored).toMatch(/^scrypt\$/);
        expect(await pinMatches('1357', stored ?? '')).toBe(true);
        expect(await pinMatches('2468', stored ?? '')).toBe(false);
      });
    });

    describe('the audit trail', () => {
      it('reads back every event of a customer in order, with ids and amounts as written', async () => {
        const who = customerId(`audit-${name}`);
        const events: AuditEvent[] = [
          { at: '2026-11-20T15:30:00.000Z', customerId: who, action: 'link', outcome: 'completed', reference: 'link-1', client: 'alexa' },
          { at: '2026-11-20T15:31:00.000Z', customerId: who, action: 'transfer', outcome: 'completed', reference: 'key-1', amount: { minor: 5_000_000_000_01, currency: 'EUR' }, target: 'tb-anna-1', platform: 'alexa' },
          { at: '2026-11-20T15:32:00.000Z', customerId: who, action: 'pin-failed', outcome: 'wrong', platform: 'dialogflow' },
        ];
        for (const e of events) await records().audit.record(e);
        expect(await records().audit.read(who)).toEqual(events);
        expect((await records().audit.read()).filter((e) => e.customerId === who)).toEqual(events);
      });
    });
  });
}
