/** virtual-alexa loads the generated en-US model and routes real phrasings to our intents and slots. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { VirtualAlexa } from 'virtual-alexa';

// virtual-alexa brings an old nock of its own, which patches node's http for the whole jest
// worker as soon as it loads: later test files in the worker would send their requests into it.
afterAll(() => {
  (createRequire(require.resolve('virtual-alexa'))('nock') as { restore(): void }).restore();
});

const model = path.resolve(__dirname, '../../models/alexa/interactionModels/custom/en-US.json');

async function heard(utterance: string): Promise<{ intent?: string; slots: Record<string, string | undefined> }> {
  let seen: { request?: { intent?: { name: string; slots?: Record<string, { value?: string }> } } } = {};
  const alexa = VirtualAlexa.Builder()
    .handler((event: unknown, _context: unknown, callback: (error: unknown, result: unknown) => void) => {
      seen = event as typeof seen;
      callback(null, { version: '1.0', response: { shouldEndSession: true } });
    })
    .interactionModelFile(model)
    .create();
  await alexa.utter(utterance);
  const intent = seen.request?.intent;
  return { intent: intent?.name, slots: Object.fromEntries(Object.entries(intent?.slots ?? {}).map(([k, v]) => [k, v.value])) };
}

// "what is my balance" is a CLINC150 sentence word for word, so the model says it its own way.
it('routes "what\'s my balance" to the balance intent', async () => {
  expect((await heard("what's my balance")).intent).toBe('BalanceIntent');
});

it('routes a named account to the balance intent with the account slot', async () => {
  const got = await heard('what is my savings balance');
  expect(got.intent).toBe('BalanceIntent');
  expect(got.slots.account).toBe('savings');
});

it('routes "transfer 50 dollars to anna" to the transfer intent with amount and payee', async () => {
  const got = await heard('transfer 50 dollars to anna');
  expect(got.intent).toBe('TransferIntent');
  expect(got.slots.amount).toBe('50');
  expect(got.slots.payee).toBe('anna');
});
