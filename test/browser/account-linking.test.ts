/**
 * Account linking end to end in a real browser, playing Alexa's side: Chromium opens the
 * authorization URL, the customer signs in at the sandbox (or passes a Berlin Group bank's SCA
 * page, the loopback bank's), sets a voice PIN and is sent back to Alexa's redirect URL with a
 * code; the test redeems it with PKCE, asks for a balance and makes a transfer with that PIN on
 * /alexa, refreshes the token, revokes it, and is asked to link again. The audit trail of the run
 * is read back from the database: PGlite here, and PostgreSQL where one answers.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../fulfillment/records/sql/database';
import { browserMissing, launchChromium } from '../support/browser';
import { Closers } from '../support/closers';
import { testDatabase, type DatabaseKind } from '../support/databases';
import { ssmlToText } from '../support/harness';
import { LinkingClient } from '../support/linking-client';
import { ALEXA_REDIRECT, startLinkedSkill, type LinkedSkill } from '../support/linked-skill';
import { startLoopbackBank, type LoopbackBank } from '../support/loopback-bank';
import { alexaRequest } from '../support/requests';
import { serviceMissing } from '../support/services';
import { standaloneDigits } from '../support/standalone-digits';
import { printSkip } from '../support/skip-reason';

const SHOTS = path.join(__dirname, '../../.screenshots');

/** Alexa's side of one customer's link: the browser's code, then the token endpoint and /alexa. */
async function linkInBrowser(browser: Browser, skill: LinkedSkill, signIn: (page: Page) => Promise<void>, shot: string): Promise<{ client: LinkingClient; code: string; verifier: string }> {
  const client = new LinkingClient({ baseUrl: skill.baseUrl, ...skill.alexa });
  const { url, verifier, state } = client.authorizeUrl();
  const page = await browser.newPage();
  try {
    page.setDefaultTimeout(15_000);
    const blocked: string[] = [];
    page.on('console', (m) => void (/Content Security Policy/i.test(m.text()) && blocked.push(m.text())));
    let landed: URL | undefined;
    // Alexa's redirect URL is not on this machine: the test stands in for it.
    await page.route(`${new URL(ALEXA_REDIRECT).origin}/**`, (route) => {
      landed = new URL(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Alexa has the code</p>' });
    });
    await page.goto(`${skill.baseUrl}${url}`);
    await signIn(page);
    await page.getByLabel(/New voice PIN/).fill('8642');
    await page.getByLabel(/The same PIN again/).fill('8642');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `linking-${shot}-pin.png`), fullPage: true });
    await page.getByRole('button', { name: 'Save the PIN and finish' }).click();
    await page.waitForURL(/amazon\.com/);
    expect(blocked).toEqual([]);
    expect(landed?.searchParams.get('state')).toBe(state);
    return { client, code: landed?.searchParams.get('code') ?? '', verifier };
  } finally {
    await page.close();
  }
}

/** Says something to /alexa with a token, in one session. */
function alexaSession(skill: LinkedSkill, token: string, session: string) {
  return async (what: Parameters<typeof alexaRequest>[0]) => {
    const res = await fetch(`${skill.baseUrl}/alexa`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alexaRequest(what, { token, session })) });
    const body = (await res.json()) as { response: { outputSpeech?: { ssml?: string }; card?: { type?: string } } };
    return { text: ssmlToText(body.response.outputSpeech?.ssml ?? ''), linkCard: body.response.card?.type === 'LinkAccount' };
  };
}

/** The rest of Alexa's side after the code: tokens, a balance, a PIN transfer, refresh, revocation. */
async function useTheLink(skill: LinkedSkill, linked: { client: LinkingClient; code: string; verifier: string }, expectBalance: RegExp, payee: string): Promise<void> {
  const tokens = await linked.client.redeem(linked.code, linked.verifier);
  expect(tokens.status).toBe(200);
  const say = alexaSession(skill, String(tokens.body.access_token), `session-${payee}-${Date.now()}`);
  expect((await say({ intent: 'BalanceIntent' })).text).toMatch(expectBalance);
  expect((await say({ intent: 'TransferIntent', slots: { amount: '42', payee, account: 'checking' } })).text).toMatch(/Shall I send it\?$/);
  expect((await say({ intent: 'AMAZON.YesIntent' })).text).toBe('Please say your four-digit voice PIN.');
  // The PIN the customer set on the linking page, not the sandbox's demo PIN.
  expect((await say({ intent: 'PinIntent', slots: { pin: '8642' } })).text).toMatch(/^Done\./);
  const refreshed = await linked.client.token({ grant_type: 'refresh_token', refresh_token: String(tokens.body.refresh_token) });
  expect(refreshed.status).toBe(200);
  const again = alexaSession(skill, String(refreshed.body.access_token), `session-${payee}-after`);
  expect((await again({ intent: 'BalanceIntent' })).text).toMatch(/account has/);
  expect((await linked.client.token({ token: String(tokens.body.refresh_token), token_type_hint: 'refresh_token' }, '/link/token/revocation')).status).toBe(200);
  expect(await again({ intent: 'BalanceIntent' })).toMatchObject({ linkCard: true, text: expect.stringMatching(/link/i) });
}

const reason = browserMissing();
if (reason) printSkip(`skipping the browser's account linking: ${reason}`);

describe.each(['pglite', 'postgres'] as const satisfies readonly DatabaseKind[])('account linking in Chromium, records on %s', (kind) => {
  const missing = reason ?? (kind === 'postgres' ? serviceMissing('postgres') : undefined);
  if (missing && !reason) printSkip(`skipping account linking on PostgreSQL: ${missing}`);
  const it = missing ? test.skip : test;
  const opened: { db?: Database; bank?: LoopbackBank; sandbox?: LinkedSkill; berlin?: LinkedSkill; browser?: Browser } = {};
  const parts = () => {
    const { db, bank, sandbox, berlin, browser } = opened;
    if (!db || !bank || !sandbox || !berlin || !browser) throw new Error('the test did not start');
    return { db, bank, sandbox, berlin, browser };
  };
  // The database closes after what uses it; both even when the opening hook timed out.
  const closers = new Closers();
  const databases = new Closers();
  afterAll(async () => {
    await closers.closeAll();
    await databases.closeAll();
  }, 120_000);
  beforeAll(async () => {
    if (missing) return;
    const db = await databases.open('the database', testDatabase(kind));
    opened.db = db;
    opened.bank = await closers.open('the loopback bank', startLoopbackBank('redirect'));
    opened.sandbox = await closers.open('the sandbox skill', startLinkedSkill(db));
    opened.berlin = await closers.open('the Berlin Group skill', startLinkedSkill(db, { BANK_ADAPTER: 'berlin-group', BG_BASE_URL: opened.bank.apiRoot }));
    opened.browser = await launchChromium(closers);
  }, 90_000);

  it('links a sandbox customer who signs in and sets a voice PIN', async () => {
    const { browser, sandbox } = parts();
    const linked = await linkInBrowser(browser, sandbox, async (page) => {
      expect(await page.getAttribute('html', 'lang')).toBe('en-US');
      await page.getByLabel('User name').fill('jordan');
      await page.getByLabel('Password').fill('sandbox');
      await page.getByRole('button', { name: 'Sign in and continue' }).click();
    }, `sandbox-${kind}`);
    await useTheLink(sandbox, linked, /^Your checking account has \$/, 'Sam Rivera');
  });

  it("links a Berlin Group customer through the bank's SCA page", async () => {
    const { browser, berlin, bank } = parts();
    const before = bank.balance();
    const linked = await linkInBrowser(browser, berlin, async (page) => {
      await page.getByLabel('Your online banking user ID').fill('lena.schmidt');
      await page.getByLabel('Your first name').fill('Lena');
      await page.getByRole('button', { name: 'Next, your bank' }).click();
      await page.getByRole('link', { name: 'Continue to your bank' }).click();
      await page.getByRole('button', { name: 'Freigeben' }).click();
    }, `berlin-group-${kind}`);
    await useTheLink(berlin, linked, /^Your checking account has €2,450\.17/, 'Anna Schmidt');
    expect(bank.balance()).toBe(before - 4200);
  });

  it('reads the audit trail of both links back from the database', async () => {
    const { db, sandbox } = parts();
    const trail = await sandbox.runtime.records.audit.read();
    const actions = (who: (id: string) => boolean) => trail.filter((e) => who(e.customerId)).map((e) => `${e.action}:${e.outcome}`);
    expect(actions((id) => id === 'cust-jordan')).toEqual(['pin-set:completed', 'link:completed', 'transfer:pending', 'unlink:revoked']);
    expect(actions((id) => id.startsWith('bg-'))).toEqual(['pin-set:completed', 'link:completed', 'transfer:completed', 'unlink:revoked', 'consent-withdraw:completed']);
    const transfer = trail.find((e) => e.action === 'transfer' && e.customerId.startsWith('bg-'));
    expect(transfer?.amount).toEqual({ minor: 4200, currency: 'EUR' });
    // What the table holds: ids and amounts, never a PIN, an IBAN or a token.
    const rows = JSON.stringify(await db.query('select * from audit_events'));
    expect(rows).not.toMatch(standaloneDigits('8642'));
    expect(rows).not.toMatch(/DE\d{20}|demo-2/);
  });
});
