/**
 * Account linking against the running skill, on PGlite: Alexa's side over HTTP. The customer
 * signs in at the sandbox and sets a voice PIN, the code comes back to Alexa's redirect URL, the
 * token endpoint redeems it only with the PKCE verifier, the access token is opaque and gets a
 * balance on /alexa, refresh works without the bank, and revoking the refresh token unlinks the
 * account: Alexa then hears "link your account" and gets the LinkAccount card.
 */
import type { Database } from '../../fulfillment/records/sql/database';
import { ssmlToText } from '../support/harness';
import { LinkingClient } from '../support/linking-client';
import { startLinkedSkill, type LinkedSkill } from '../support/linked-skill';
import { testDatabase } from '../support/databases';
import { alexaRequest } from '../support/requests';
import { customerId } from '../../fulfillment/kit/ids';
import { checkPin, pinLocked, PIN_ATTEMPTS } from '../../fulfillment/transfers/pin';
import { standaloneDigits } from '../support/standalone-digits';

let db: Database | undefined;
let skill: LinkedSkill | undefined;
const running = () => {
  if (!skill) throw new Error('the skill did not start');
  return skill;
};
const client = () => new LinkingClient({ baseUrl: running().baseUrl, ...running().alexa });

beforeAll(async () => {
  db = await testDatabase('pglite');
  skill = await startLinkedSkill(db);
}, 60_000);
afterAll(async () => {
  await skill?.close();
  await db?.close();
});

/** What Alexa hears for a balance with a token, and whether it shows the LinkAccount card. */
async function balance(token: string): Promise<{ text: string; linkCard: boolean }> {
  const res = await fetch(`${running().baseUrl}/alexa`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alexaRequest({ intent: 'BalanceIntent' }, { token })) });
  const body = (await res.json()) as { response: { outputSpeech?: { ssml?: string }; card?: { type?: string } } };
  return { text: ssmlToText(body.response.outputSpeech?.ssml ?? ''), linkCard: body.response.card?.type === 'LinkAccount' };
}

describe('linking an Alexa account to the sandbox bank', () => {
  it('links, answers with the token, refreshes without the bank, and unlinks on revocation', async () => {
    const alexa = client();
    const { code, verifier, redirect } = await alexa.linkSandbox('alex', '2468');
    expect(redirect.origin).toBe('https://layla.amazon.com');
    expect(redirect.searchParams.get('iss')).toBe(`${running().baseUrl}/link`);

    const tokens = await alexa.redeem(code, verifier);
    expect(tokens).toMatchObject({ status: 200, body: { token_type: 'Bearer', expires_in: 3600, scope: 'banking:read banking:transfer' } });
    const access = String(tokens.body.access_token);
    const refresh = String(tokens.body.refresh_token);
    expect(access).toMatch(/^[\w-]{43}$/);
    // The token points to the link: it is not the sandbox's own token for Alex.
    expect(access).not.toBe('demo');
    expect(await balance(access)).toMatchObject({ text: expect.stringMatching(/^Your checking account has \$2,450\.17/), linkCard: false });

    // The token endpoint never calls the bank.
    const bankCalls = JSON.stringify(running().runtime.sandbox?.control.calls());
    const refreshed = await alexa.token({ grant_type: 'refresh_token', refresh_token: refresh });
    expect(refreshed.status).toBe(200);
    expect(JSON.stringify(running().runtime.sandbox?.control.calls())).toBe(bankCalls);
    expect(refreshed.body.refresh_token).toBe(refresh);
    expect((await balance(String(refreshed.body.access_token))).text).toMatch(/^Your checking account has/);

    expect((await alexa.token({ token: refresh, token_type_hint: 'refresh_token' }, '/link/token/revocation')).status).toBe(200);
    expect(await balance(String(refreshed.body.access_token))).toMatchObject({ text: expect.stringMatching(/link/i), linkCard: true });
    expect((await alexa.token({ grant_type: 'refresh_token', refresh_token: refresh })).body.error).toBe('invalid_grant');

    const trail = await running().runtime.records.audit.read();
    expect(trail.filter((e) => e.customerId === 'cust-alex').map((e) => `${e.action}:${e.outcome}`)).toEqual(['pin-set:completed', 'link:completed', 'unlink:revoked']);
    expect(JSON.stringify(trail)).not.toMatch(standaloneDigits('2468'));
    expect(JSON.stringify(trail)).not.toMatch(/demo"/);
  });

  it('ends a PIN lock when the customer sets a new PIN after signing in at the bank', async () => {
    const alexa = client();
    const first = await alexa.linkSandbox('oliver', '1357');
    expect((await alexa.redeem(first.code, first.verifier)).status).toBe(200);
    const { store, pins } = { store: running().runtime.store, pins: running().runtime.records.pins };
    const oliver = customerId('cust-oliver');
    for (let i = 0; i < PIN_ATTEMPTS; i += 1) await checkPin(store, pins, oliver, '0000');
    expect(await pinLocked(store, oliver)).toBe(true);
    const again = await alexa.linkSandbox('oliver', '8080');
    expect((await alexa.redeem(again.code, again.verifier)).status).toBe(200);
    expect(await pinLocked(store, oliver)).toBe(false);
    expect(await checkPin(store, pins, oliver, '8080')).toBe('correct');
  });

  it('keeps no token and no PIN in the clear in the database', async () => {
    const alexa = client();
    const { code, verifier } = await alexa.linkSandbox('jordan', '9753');
    const tokens = await alexa.redeem(code, verifier);
    const dump = JSON.stringify(await db?.query('select * from oidc_payloads')) + JSON.stringify(await db?.query('select * from links')) + JSON.stringify(await db?.query('select * from pin_enrolments'));
    expect(dump).not.toContain(String(tokens.body.access_token));
    expect(dump).not.toContain(String(tokens.body.refresh_token));
    expect(dump).not.toContain(code);
    expect(dump).not.toMatch(standaloneDigits('9753'));
    expect(dump).not.toContain('demo-2');
  });

  it('refuses a code without its PKCE verifier, or with the wrong one', async () => {
    const alexa = client();
    const { code, verifier } = await alexa.linkSandbox('oliver');
    expect((await alexa.token({ grant_type: 'authorization_code', code, redirect_uri: alexa.settings.redirectUri })).body.error).toBe('invalid_grant');
    const again = await alexa.linkSandbox('oliver');
    expect((await alexa.redeem(again.code, `${verifier}x`)).body.error).toBe('invalid_grant');
  });

  it('refuses an authorization request without an S256 challenge', async () => {
    for (const extra of [{ code_challenge: undefined, code_challenge_method: undefined }, { code_challenge_method: 'plain' }]) {
      const alexa = client();
      const step = await alexa.browse(alexa.authorizeUrl(extra).url);
      expect(new URL(step.location ?? '').searchParams.get('error')).toBe('invalid_request');
    }
  });

  it('shows a wrong password and a PIN mismatch on the page, in the customer\'s language, and cancels back to Alexa', async () => {
    const alexa = client();
    const { url, state } = alexa.authorizeUrl({ ui_locales: 'de-DE' });
    const signIn = await alexa.follow(await alexa.browse(url));
    expect(signIn.html).toContain('<html lang="de-DE">');
    const wrong = await alexa.browse(LinkingClient.action(signIn.html, '/login'), { username: 'lena', password: 'nope' });
    expect(wrong.html).toMatch(/role="alert"[^>]*>Benutzername oder Passwort stimmen nicht/);
    const pinPage = await alexa.follow(await alexa.browse(LinkingClient.action(wrong.html, '/login'), { username: 'lena', password: 'sandbox' }));
    // Four digits, as every prompt asks for them: a longer PIN is refused, saying so.
    const long = await alexa.browse(LinkingClient.action(pinPage.html, '/pin'), { pin: '135791', pinAgain: '135791' });
    expect(long.html).toMatch(/role="alert"[^>]*>Eine Sprach-PIN hat 4 Ziffern/);
    const mismatch = await alexa.browse(LinkingClient.action(long.html, '/pin'), { pin: '1357', pinAgain: '1358' });
    expect(mismatch.html).toMatch(/role="alert"[^>]*>Die beiden PINs sind nicht gleich/);
    const cancelled = await alexa.follow(await alexa.browse(LinkingClient.action(mismatch.html, '/abort'), {}));
    const back = new URL(cancelled.location ?? '');
    expect(back.origin).toBe('https://layla.amazon.com');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe(state);
    // The link the sign-in made is ended with the linking the customer gave up.
    expect(await db?.query("select link_id from links where customer_id = 'cust-lena' and unlinked_at is null")).toEqual([]);
  });

  it('never skips the bank: the PIN page of an interaction that did not sign in is refused', async () => {
    const alexa = client();
    const signIn = await alexa.follow(await alexa.browse(alexa.authorizeUrl().url));
    const pin = LinkingClient.action(signIn.html, '/login').replace(/\/login$/, '/pin');
    const skipped = await alexa.browse(pin, { pin: '2468', pinAgain: '2468' });
    expect(skipped.status).toBe(400);
    expect(skipped.location).toBeUndefined();
  });

  it('refuses a redirect URL that is not the client\'s', async () => {
    const alexa = client();
    const step = await alexa.browse(alexa.authorizeUrl({ redirect_uri: 'https://attacker.example/cb' }).url);
    expect(step.status).toBe(400);
    expect(step.location).toBeUndefined();
  });

  it('answers the token endpoint every time, without a hang', async () => {
    const alexa = client();
    const { code, verifier } = await alexa.linkSandbox('lena', '1597');
    const redeemed = await alexa.redeem(code, verifier);
    const times: number[] = [];
    for (let i = 0; i < 20; i += 1) times.push((await alexa.token({ grant_type: 'refresh_token', refresh_token: String(redeemed.body.refresh_token) })).ms);
    times.sort((a, b) => a - b);
    console.log(`token endpoint on PGlite: code ${redeemed.ms.toFixed(1)} ms; refresh p50 ${times[10]?.toFixed(1)} ms, max ${times[19]?.toFixed(1)} ms`);
    // Far above the milliseconds it takes and the platform's 4.5 s: catches a hang or a step change
    // without failing when other work holds the cores.
    expect(times[19]).toBeLessThan(15_000);
  });
});
