/**
 * A bank adapter without a capability: the questions it cannot answer get an honest "I can't
 * do that with this bank yet" on both platforms, and launch still greets the customer.
 */
import request from 'supertest';
import type { BankAdapter } from '../../fulfillment/banks/bank-adapter';
import { createSandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { fixedClock } from '../../fulfillment/kit/clock';
import type { IntentName } from '../../fulfillment/pipeline/intent-catalog';
import { PLATFORM_NAMES } from '../../models/source/platform-names';
import { loadConfig } from '../../skill/config';
import { createRuntime } from '../../skill/server/compose';
import { CaptureLogger } from '../support/capture-logger';
import { ssmlToText, TEST_NOW } from '../support/harness';
import { alexaRequest, dialogflowRequest } from '../support/requests';

type Capability = 'transactions' | 'cards' | 'alerts';

/** The sandbox bank with one capability taken away. */
function bankWithout(capability: Capability): BankAdapter {
  const sandbox = createSandboxBank({ clock: fixedClock(TEST_NOW) });
  const { transactions, cards, alerts, ...rest } = sandbox;
  const kept = { transactions, cards, alerts };
  delete kept[capability];
  return { ...rest, ...kept };
}

async function ask(bank: BankAdapter, platform: 'alexa' | 'dialogflow', intent: IntentName): Promise<string> {
  const runtime = createRuntime(loadConfig({ NODE_ENV: 'test' }), new CaptureLogger(), { clock: fixedClock(TEST_NOW), bank });
  const names = PLATFORM_NAMES[intent];
  const body =
    platform === 'alexa'
      ? alexaRequest(names.alexa ? { intent: names.alexa } : 'launch', { token: 'demo' })
      : dialogflowRequest(names.dialogflow, {}, { token: 'demo' });
  const res = await request(runtime.app).post(`/${platform}`).set('content-type', 'application/json').send(JSON.stringify(body));
  expect(res.status).toBe(200);
  return platform === 'alexa' ? ssmlToText(res.body.response.outputSpeech.ssml) : res.body.fulfillmentText;
}

const CANNOT = "I can't do that with this bank yet.";

describe.each(['alexa', 'dialogflow'] as const)('on %s', (platform) => {
  it.each([
    ['transactions', 'RecentTransactions'],
    ['transactions', 'Spending'],
    ['transactions', 'Income'],
    ['cards', 'CardDetails'],
    ['cards', 'LockCard'],
    ['cards', 'UnlockCard'],
    ['alerts', 'SuspiciousActivity'],
  ] as const)('without %s, answers %s honestly', async (capability, intent) => {
    expect(await ask(bankWithout(capability), platform, intent)).toBe(CANNOT);
  });

  it('greets the customer on launch when the bank has no alerts', async () => {
    expect(await ask(bankWithout('alerts'), platform, 'Launch')).toMatch(/^Welcome back, Alex\. You can ask/);
  });

  it('offers in help only what the bank can do', async () => {
    const full = await ask(createSandboxBank({ clock: fixedClock(TEST_NOW) }), platform, 'Help');
    expect(full).toMatch(/read your recent transactions/);
    expect(full).toMatch(/send money to your payees/);
    expect(full).toMatch(/lock or unlock a card/);
    expect(full).toMatch(/check for suspicious activity/);
    const withoutCards = await ask(bankWithout('cards'), platform, 'Help');
    expect(withoutCards).not.toMatch(/card/);
    expect(withoutCards).toMatch(/read your recent transactions/);
    const withoutHistory = await ask(bankWithout('transactions'), platform, 'Help');
    expect(withoutHistory).not.toMatch(/transactions|spent/);
  });

  it('still answers what the bank can do', async () => {
    expect(await ask(bankWithout('transactions'), platform, 'CardDetails')).toMatch(/^Your credit card statement balance is \$/);
  });
});
