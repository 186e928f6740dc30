/** The web simulator in headless Chromium: typing, both JSON panes, switching platform and locale. */
import path from 'node:path';
import type { Account } from '../../fulfillment/banks/bank-types';
import { formatMoney } from '../../fulfillment/speech/money';
import { describeInSimulator, say } from '../support/browser';

describeInSimulator('the web simulator in a browser', (current) => {
  const balance = (token: string, kind: Account['kind'], locale: 'en-US' | 'de-DE') => {
    const account = current().runtime.sandbox?.control.books(token)?.accounts.find((a) => a.kind === kind);
    if (!account) throw new Error(`no ${kind} account for ${token}`);
    return formatMoney(account.balance, locale).replace(/\s/g, ' ');
  };

  it('answers a typed balance question and shows the Alexa request and response', async () => {
    const { page } = current();
    const answer = await say(page, 'what is my balance');
    expect(answer).toContain(`Your checking account has ${balance('demo', 'checking', 'en-US')}`);
    expect(JSON.parse((await page.textContent('#request-json')) ?? '{}')).toMatchObject({ request: { type: 'IntentRequest', intent: { name: 'BalanceIntent' } } });
    expect(JSON.parse((await page.textContent('#response-json')) ?? '{}')).toMatchObject({ response: { outputSpeech: { type: 'SSML' } } });
    await page.locator('#balances li', { hasText: balance('demo', 'checking', 'en-US') }).waitFor();
    await page.screenshot({ path: path.join(__dirname, '../../.screenshots/simulator-en-US.png'), fullPage: true });
  });

  it('speaks German through Dialogflow after switching platform, locale and customer', async () => {
    const { page } = current();
    await page.selectOption('#platform', 'dialogflow');
    await page.selectOption('#locale', 'de-DE');
    await page.fill('#token', 'demo-de');
    await page.dispatchEvent('#token', 'change');
    const answer = (await say(page, 'wie ist mein kontostand')).replace(/\s/g, ' ');
    expect(answer).toContain(`Auf deinem Girokonto sind ${balance('demo-de', 'checking', 'de-DE')}`);
    expect(JSON.parse((await page.textContent('#request-json')) ?? '{}')).toMatchObject({ queryResult: { intent: { displayName: 'Balance' }, languageCode: 'de' } });
    expect(JSON.parse((await page.textContent('#response-json')) ?? '{}')).toHaveProperty('fulfillmentText');
    await page.screenshot({ path: path.join(__dirname, '../../.screenshots/simulator-de-DE.png'), fullPage: true });
  });

  it('says when the understanding is ready, shows how each line was understood, and completes a PIN transfer on Dialogflow', async () => {
    const { page, runtime } = current();
    await page.selectOption('#platform', 'dialogflow');
    await page.selectOption('#locale', 'en-US');
    await page.fill('#token', 'demo');
    await page.dispatchEvent('#token', 'change');
    await page.locator('#status.ready', { hasText: 'Understanding ready' }).waitFor({ timeout: 60_000 });
    const sent = () => [...(runtime.sandbox?.control.books('demo')?.transfers.values() ?? [])].length;
    const before = sent();
    expect(await say(page, 'send fifty dollars to anna lee')).toContain('From which account');
    await page.locator('#transcript li.understood', { hasText: /^Transfer 0\.\d\d amount=50 USD payee=Anna Lee$/ }).waitFor();
    expect(await say(page, 'from checking')).toContain('$50.00');
    expect(await say(page, 'yes')).toContain('Shall I send it?');
    expect(await say(page, 'yes')).toContain('PIN');
    expect(await say(page, '1234')).toContain('Anna Lee');
    await page.locator('#transcript li.understood', { hasText: /^Pin 0\.\d\d pin=\*\*\*\*$/ }).waitFor();
    expect(sent()).toBe(before + 1);
    await page.screenshot({ path: path.join(__dirname, '../../.screenshots/simulator-pin-transfer.png'), fullPage: true });
  }, 90_000);
});
