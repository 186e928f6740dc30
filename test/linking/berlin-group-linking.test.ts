/**
 * Linking through a Berlin Group bank's consent, against a loopback bank of the test's own: the
 * consent is created, the customer passes the bank's SCA page (redirect approach, or the OAuth2
 * approach with the bank's own code and tokens) and comes back; only a consent the bank calls
 * valid gets a code. A consent revoked at the bank asks the customer to link again; the bank's
 * token is renewed with its refresh token before the bank sees it expired.
 */
import type { Database } from '../../fulfillment/records/sql/database';
import { testDatabase } from '../support/databases';
import { ssmlToText, TEST_NOW } from '../support/harness';
import { mutableClock } from '../support/mutable-clock';
import { LinkingClient, type Step } from '../support/linking-client';
import { startLinkedSkill, type LinkedSkill } from '../support/linked-skill';
import { BANK_OAUTH_CLIENT, startLoopbackBank, type LoopbackBank, type ScaApproach } from '../support/loopback-bank';
import { alexaRequest } from '../support/requests';

let db: Database | undefined;
beforeAll(async () => {
  db = await testDatabase('pglite');
}, 60_000);
afterAll(async () => db?.close());

/** The bank's page: its one form, posted with the customer's decision. */
async function decideAtBank(alexa: LinkingClient, bankPage: string, decision: 'approve' | 'deny'): Promise<Step> {
  const html = await (await fetch(bankPage)).text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no form on the bank's page:\n${html}`);
  const form = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1] ?? '', (m[2] ?? '').replace(/&amp;/g, '&')]));
  const res = await fetch(new URL(action, bankPage), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...form, decision }), redirect: 'manual' });
  const back = res.headers.get('location');
  if (!back) throw new Error(`the bank sent nobody back (${res.status})`);
  return alexa.follow(await alexa.browse(back));
}

/** Links through the bank's consent; returns the page the customer lands on after the bank. */
async function throughTheBank(alexa: LinkingClient, decision: 'approve' | 'deny'): Promise<{ afterBank: Step; verifier: string; state: string }> {
  const { url, verifier, state } = alexa.authorizeUrl({ ui_locales: 'de-DE' });
  const first = await alexa.follow(await alexa.browse(url));
  const toBank = await alexa.follow(await alexa.browse(LinkingClient.action(first.html, '/bank'), { psuId: 'lena.schmidt', firstName: 'Lena' }));
  const href = /<a class="button" href="([^"]+)"/.exec(toBank.html)?.[1]?.replace(/&#38;/g, '&');
  if (!href) throw new Error(`no way to the bank:\n${toBank.html}`);
  return { afterBank: await decideAtBank(alexa, href, decision), verifier, state };
}

describe.each(['redirect', 'oauth'] as const satisfies readonly ScaApproach[])('linking through a Berlin Group consent (%s approach)', (approach) => {
  let bank: LoopbackBank | undefined;
  let skill: LinkedSkill | undefined;
  const clock = mutableClock(TEST_NOW);
  beforeAll(async () => {
    bank = await startLoopbackBank(approach);
    if (!db) throw new Error('no database');
    const env = { BANK_ADAPTER: 'berlin-group', BG_BASE_URL: bank.apiRoot, BG_OAUTH_CLIENT_ID: BANK_OAUTH_CLIENT.id, BG_OAUTH_CLIENT_SECRET: BANK_OAUTH_CLIENT.secret };
    skill = await startLinkedSkill(db, env, { clock });
  });
  afterAll(async () => {
    await skill?.close();
    await bank?.close();
  });
  const client = () => {
    if (!skill) throw new Error('the skill did not start');
    return new LinkingClient({ baseUrl: skill.baseUrl, ...skill.alexa });
  };
  const say = async (token: string, what: Parameters<typeof alexaRequest>[0] = { intent: 'BalanceIntent' }) => {
    const res = await fetch(`${skill?.baseUrl}/alexa`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alexaRequest(what, { token, locale: 'de-DE' })) });
    const body = (await res.json()) as { response: { outputSpeech?: { ssml?: string }; card?: { type?: string } } };
    return { text: ssmlToText(body.response.outputSpeech?.ssml ?? ''), linkCard: body.response.card?.type === 'LinkAccount' };
  };

  it('links once the bank calls the consent valid, and answers from the bank', async () => {
    const alexa = client();
    const { afterBank, verifier, state } = await throughTheBank(alexa, 'approve');
    expect(afterBank.html).toContain('Deine Sprach-PIN');
    const back = await alexa.follow(await alexa.browse(LinkingClient.action(afterBank.html, '/pin'), { pin: '8642', pinAgain: '8642' }));
    const redirect = new URL(back.location ?? '');
    expect(redirect.searchParams.get('state')).toBe(state);
    const tokens = await alexa.redeem(redirect.searchParams.get('code') ?? '', verifier);
    expect(tokens.status).toBe(200);
    expect((await say(String(tokens.body.access_token))).text).toMatch(/2\.450,17\s€/);

    if (approach === 'oauth') {
      // The bank's token (an hour) is about to lapse: the skill renews it with the refresh token first.
      clock.advance(57 * 60);
      bank?.expireTokens();
      const before = bank?.refreshes() ?? 0;
      expect((await say(String(tokens.body.access_token))).text).toMatch(/2\.450,17\s€/);
      expect(bank?.refreshes()).toBe(before + 1);
    }

    bank?.revokeConsents();
    expect(await say(String(tokens.body.access_token))).toMatchObject({ text: expect.stringMatching(/erneut|verknüpf/i), linkCard: true });
  });

  it('withdraws the consent at the bank when the customer unlinks, and audits it', async () => {
    const alexa = client();
    const { afterBank, verifier } = await throughTheBank(alexa, 'approve');
    const back = await alexa.follow(await alexa.browse(LinkingClient.action(afterBank.html, '/pin'), { pin: '8642', pinAgain: '8642' }));
    const tokens = await alexa.redeem(new URL(back.location ?? '').searchParams.get('code') ?? '', verifier);
    const withdrawnBefore = bank?.withdrawn().length ?? 0;
    expect((await alexa.token({ token: String(tokens.body.refresh_token), token_type_hint: 'refresh_token' }, '/link/token/revocation')).status).toBe(200);
    expect(bank?.withdrawn()).toHaveLength(withdrawnBefore + 1);
    expect(await say(String(tokens.body.access_token))).toMatchObject({ linkCard: true });
    const trail = (await skill?.runtime.records.audit.read()) ?? [];
    expect(trail.slice(-2).map((e) => `${e.action}:${e.outcome}`)).toEqual(['unlink:revoked', 'consent-withdraw:completed']);
  });

  it('brings a customer who refused at the bank back to the first page, with no link made', async () => {
    const alexa = client();
    const { afterBank } = await throughTheBank(alexa, 'deny');
    expect(afterBank.status).toBe(200);
    expect(afterBank.html).toMatch(/role="alert"[^>]*>Deine Bank hat den Zugriff nicht erlaubt/);
    const pin = LinkingClient.action(afterBank.html, '/bank').replace(/\/bank$/, '/pin');
    expect((await alexa.browse(pin, { pin: '8642', pinAgain: '8642' })).status).toBe(400);
  });

  it('gives no code for a way back from the bank without a valid consent', async () => {
    const alexa = client();
    const { url } = alexa.authorizeUrl();
    const first = await alexa.follow(await alexa.browse(url));
    const toBank = await alexa.follow(await alexa.browse(LinkingClient.action(first.html, '/bank'), { psuId: 'lena.schmidt', firstName: 'Lena' }));
    // The customer never approves; a forged "ok" arrives at the way back.
    const back = LinkingClient.action(toBank.html, '/abort').replace(/\/abort$/, '/bank/back?outcome=ok&code=forged');
    const landed = await alexa.follow(await alexa.browse(back));
    expect(landed.location).toBeUndefined();
    expect(landed.html).toMatch(/role="alert"/);
  });
});
