/** The start-up banner says what this server is: its bank, the platforms it serves, and a curl only where it works. */
import type { Config } from '../../skill/config';
import { tryItBanner } from '../../skill/server/try-it';

const BASE = 'http://127.0.0.1:3000';
type BannerConfig = Parameters<typeof tryItBanner>[1];
const platforms: Config['PLATFORMS'] = ['alexa', 'dialogflow', 'dialogflow-cx', 'mcp'];
const sandbox: BannerConfig = { BANK_ADAPTER: 'sandbox', PLATFORMS: platforms, NODE_ENV: 'development', SANDBOX_IN_PRODUCTION: 'no' };

it('names the sandbox, every endpoint, and a curl for the demo customer', () => {
  const banner = tryItBanner(BASE, sandbox);
  expect(banner).toMatch(/^Voice banking skill on the sandbox bank at /);
  for (const path of ['/alexa', '/dialogflow ', '/dialogflow-cx', '/mcp', '/healthz']) expect(banner).toContain(`${BASE}${path}`);
  expect(banner).toContain('sandbox bearer token "demo"');
  expect(banner).toMatch(/curl -s http:\/\/127\.0\.0\.1:3000\/dialogflow -H 'content-type: application\/json' -d '/);
});

it('names a real bank, lists only the platforms served, and offers no demo curl or token', () => {
  const banner = tryItBanner(BASE, { ...sandbox, BANK_ADAPTER: 'berlin-group', PLATFORMS: ['alexa'] });
  expect(banner).toMatch(/^Voice banking skill on the berlin-group bank at /);
  expect(banner).toContain(`${BASE}/alexa`);
  expect(banner).not.toContain('/dialogflow');
  expect(banner).not.toContain('/mcp');
  expect(banner).not.toContain('curl');
  expect(banner).not.toContain('"demo"');
});

it('has the curl present the webhook secret when one is set', () => {
  const banner = tryItBanner(BASE, { ...sandbox, DIALOGFLOW_SECRET: 's3cret' });
  expect(banner).toContain('-H "authorization: Bearer $DIALOGFLOW_SECRET"');
  expect(banner).not.toContain('s3cret');
});

it('offers no demo curl in production unless the sandbox is served there on purpose', () => {
  expect(tryItBanner(BASE, { ...sandbox, NODE_ENV: 'production' })).not.toContain('curl');
  expect(tryItBanner(BASE, { ...sandbox, NODE_ENV: 'production', SANDBOX_IN_PRODUCTION: 'yes' })).toContain('curl');
});
