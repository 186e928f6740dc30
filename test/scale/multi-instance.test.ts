/**
 * Three server processes on loopback sharing one Redis: a conversation moves between them, the
 * same confirmation sent to all three at once makes one transfer, and a PIN locked through one
 * instance stays locked on the others. Each process embeds its own sandbox bank, so a transfer
 * shows up as a lower balance on exactly the one instance that executed it.
 */
import { randomUUID } from 'node:crypto';
import { dialogflowRequest } from '../support/requests';
import { startInstance, postTo, stopAll, type Instance } from '../support/cluster';
import { describeWith, TEST_REDIS_URL } from '../support/services';

describeWith('redis')('three instances sharing one Redis', () => {
  let instances: Instance[] = [];

  beforeAll(async () => {
    const env = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: `vb-cluster:${randomUUID()}:`, TRANSFER_STEP_UP: 'pin' };
    instances = await Promise.all([startInstance(env), startInstance(env), startInstance(env)]);
    // A process's first request loads what its banner did not (about a second idle, far more on a
    // busy machine): paid here, so no test's time limit counts it.
    await Promise.all(instances.map((i) => postTo(i, '/dialogflow', dialogflowRequest('Help', {}, { session: `projects/p/agent/sessions/warm-${randomUUID()}` }))));
  }, 120_000);

  afterAll(() => stopAll(instances));

  // Generous: these tests are about what instances share, never about how fast they answer.
  const run = (title: string, body: () => Promise<void>) => it(title, body, 60_000);

  const say = async (i: number, intent: string, parameters: Record<string, unknown>, token: string, session: string) => {
    const instance = instances[i];
    if (!instance) throw new Error(`no instance ${i}`);
    const res = await postTo(instance, '/dialogflow', dialogflowRequest(intent, parameters, { token, session }));
    return String(res.json.fulfillmentText ?? `(status ${res.status})`);
  };

  run('carries a conversation from one instance to the next', async () => {
    const session = `projects/p/agent/sessions/${randomUUID()}`;
    expect(await say(0, 'Balance', {}, 'demo', session)).toMatch(/Is there anything else\?$/);
    expect(await say(1, 'Yes', {}, 'demo', session)).toBe('Sure. What else would you like to do?');
  });

  run('makes one transfer when the confirming PIN reaches all three instances at once', async () => {
    const session = `projects/p/agent/sessions/${randomUUID()}`;
    expect(await say(0, 'Transfer', { amount: { amount: 42, currency: 'USD' }, payee: 'Bob', account: 'checking' }, 'demo', session)).toMatch(/Shall I send it\?$/);
    expect(await say(1, 'Yes', {}, 'demo', session)).toBe('Please say your four-digit voice PIN.');
    const answers = await Promise.all([0, 1, 2].map((i) => say(i, 'Pin', { pin: '1234' }, 'demo', session)));
    expect(answers.filter((a) => a.startsWith('Done.'))).toHaveLength(1);
    const balances = await Promise.all([0, 1, 2].map((i) => say(i, 'Balance', { account: 'checking' }, 'demo', `projects/p/agent/sessions/${randomUUID()}`)));
    expect(balances.filter((b) => b.includes('$2,408.17'))).toHaveLength(1);
    expect(balances.filter((b) => b.includes('$2,450.17'))).toHaveLength(2);
  });

  run('refuses the same request on every other instance once one has taken it', async () => {
    const session = `projects/p/agent/sessions/${randomUUID()}`;
    await say(0, 'Balance', {}, 'demo-2', session);
    const same = dialogflowRequest('Help', {}, { token: 'demo-2', session, requestId: `replayed-${randomUUID()}` });
    const statuses = await Promise.all(instances.map((instance) => postTo(instance, '/dialogflow', same).then((r) => r.status)));
    expect(statuses.sort()).toEqual([200, 400, 400]);
  });

  run('keeps a PIN locked through one instance locked on the others, in a new session', async () => {
    const session = `projects/p/agent/sessions/${randomUUID()}`;
    await say(0, 'Transfer', { amount: { amount: 42, currency: 'USD' }, payee: 'Sam', account: 'checking' }, 'demo-2', session);
    await say(1, 'Yes', {}, 'demo-2', session);
    await say(2, 'Pin', { pin: '0000' }, 'demo-2', session);
    await say(0, 'Pin', { pin: '0001' }, 'demo-2', session);
    expect(await say(1, 'Pin', { pin: '0002' }, 'demo-2', session)).toMatch(/^Your voice PIN is locked/);
    const fresh = `projects/p/agent/sessions/${randomUUID()}`;
    // Another instance says the lock as soon as a transfer is asked for.
    expect(await say(2, 'Transfer', { amount: { amount: 42, currency: 'USD' }, payee: 'Sam', account: 'checking' }, 'demo-2', fresh)).toMatch(/^Your voice PIN is locked/);
  });
});
