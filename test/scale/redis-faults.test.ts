/**
 * A real Redis that freezes and dies, seen through a TCP proxy (so the Redis other tests share
 * is never paused): requests are answered with speech within the deadline, /readyz says 503
 * while Redis is gone, and the skill serves again once it is back, without a restart.
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { RedisStateStore } from '../../fulfillment/state/redis-store';
import { startSkill, type TestSkill } from '../support/harness';
import { alexaRequest } from '../support/requests';
import { describeWith, TEST_REDIS_URL } from '../support/services';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

const PLATFORM_TARGET_MS = 4500;
const STORE_DOWN = /^Sorry, I'm having trouble on my side right now\./;

describeWith('redis')('a Redis behind a proxy', () => {
  let proxy: TcpProxy | undefined;
  let store: RedisStateStore | undefined;
  let skill: TestSkill;

  beforeEach(async () => {
    const redis = new URL(TEST_REDIS_URL);
    proxy = await startTcpProxy(redis.hostname, Number(redis.port || 6379));
    store = await RedisStateStore.connect(`redis://127.0.0.1:${proxy.port}`, `vb-test:${randomUUID()}:`, 300);
    skill = startSkill({ env: { STORE_TIMEOUT_MS: '300' }, overrides: { store } });
  });

  afterEach(async () => {
    // Healed first, so the connection can say goodbye; the proxy closed even if that fails.
    proxy?.heal();
    await Promise.allSettled([store?.close()]);
    await Promise.allSettled([proxy?.close()]);
    store = undefined;
    proxy = undefined;
  });

  const balance = async () => {
    const started = performance.now();
    const res = await skill.post('/alexa', alexaRequest({ intent: 'BalanceIntent' }, { token: 'demo' }));
    return { status: res.status, text: String(res.body.response?.outputSpeech?.ssml ?? '').replace(/<\/?speak>/g, '').replace(/&apos;/g, "'"), ms: performance.now() - started };
  };
  const ready = async () => (await request(skill.app).get('/readyz')).status;
  const recovered = async () => {
    const deadline = performance.now() + 15_000;
    while ((await ready()) !== 200 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    return ready();
  };

  it.each([
    ['frozen', (p: TcpProxy) => p.stall()],
    ['killed', (p: TcpProxy) => p.kill()],
  ])('%s: spoken answers within the deadline, /readyz 503, and service again once it is back', async (_name, fault) => {
    expect((await balance()).text).toMatch(/^Your checking account has/);
    if (!proxy) throw new Error('no proxy');
    fault(proxy);
    for (let i = 0; i < 3; i += 1) {
      const answer = await balance();
      expect(answer.status).toBe(200);
      expect(answer.text).toMatch(STORE_DOWN);
      expect(answer.ms).toBeLessThan(PLATFORM_TARGET_MS);
    }
    expect(await ready()).toBe(503);
    expect((await request(skill.app).get('/healthz')).status).toBe(200);

    proxy.heal();
    expect(await recovered()).toBe(200);
    expect((await balance()).text).toMatch(/^Your checking account has/);
  });
});
