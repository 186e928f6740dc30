/**
 * A bank that requires client certificates: the skill configured with BG_CLIENT_CERT,
 * BG_CLIENT_KEY and BG_CA reaches a real TLS server on loopback that refuses anyone else; with a
 * certificate from another CA the customer hears "not responding", not a crash.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import request from 'supertest';
import { fixedClock } from '../../fulfillment/kit/clock';
import { loadConfig } from '../../skill/config';
import { createRuntime } from '../../skill/server/compose';
import { CaptureLogger } from '../support/capture-logger';
import { ssmlToText, TEST_NOW } from '../support/harness';
import { alexaRequest } from '../support/requests';
import { makeTlsPair } from '../support/test-ca';
import { readLinks } from '../../skill/banks/bank-from-config';

const TOKEN = 'link-tls-customer-0123456789';
const pair = makeTlsPair(new Date());
const dir = mkdtempSync(path.join(tmpdir(), 'bg-tls-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const files = {
  ca: file('ca.pem', pair.caPem),
  cert: file('client.pem', pair.client.pem),
  key: file('client.key', pair.client.keyPem),
  strangerCert: file('stranger.pem', pair.stranger.pem),
  strangerKey: file('stranger.key', pair.stranger.keyPem),
  links: file('links.json', JSON.stringify({ [TOKEN]: { customerId: 'bg-tls', firstName: 'Mia', oauthToken: 'oauth-tls', consentId: 'consent-tls' } })),
};

let server: Server;
let port = 0;
const clients: string[] = [];

beforeAll(async () => {
  server = createServer({ cert: pair.server.pem, key: pair.server.keyPem, ca: pair.caPem, requestCert: true, rejectUnauthorized: true }, (req, res) => {
    clients.push(String((req.socket as TLSSocket).getPeerCertificate().subject?.CN ?? ''));
    res.setHeader('content-type', 'application/json');
    if (req.url === '/psd2/v1/consents/consent-tls/status') return res.end(JSON.stringify({ consentStatus: 'valid' }));
    if (req.url === '/psd2/v1/accounts?withBalance=true') {
      return res.end(JSON.stringify({ accounts: [{ resourceId: 'a1', iban: 'DE89370400440532013000', currency: 'EUR', cashAccountType: 'CACC', balances: [{ balanceType: 'interimBooked', balanceAmount: { currency: 'EUR', amount: '1234.56' } }] }] }));
    }
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function balanceWith(cert: string, key: string, logger = new CaptureLogger()): Promise<string> {
  const env = { NODE_ENV: 'test', BANK_ADAPTER: 'berlin-group', BG_BASE_URL: `https://localhost:${port}/psd2`, BG_LINKS_FILE: files.links, BG_CLIENT_CERT: cert, BG_CLIENT_KEY: key, BG_CA: files.ca };
  const runtime = createRuntime(loadConfig(env), logger, { clock: fixedClock(TEST_NOW) });
  const res = await request(runtime.app).post('/alexa').set('content-type', 'application/json').send(JSON.stringify(alexaRequest({ intent: 'BalanceIntent' }, { token: TOKEN })));
  expect(res.status).toBe(200);
  return ssmlToText(res.body.response.outputSpeech.ssml);
}

it('presents the client certificate to a bank that requires one', async () => {
  expect(await balanceWith(files.cert, files.key)).toContain('€1,234.56');
  expect(clients).toContain('Voice Banking TPP');
});

it("hears 'not responding' when the bank refuses the certificate, and the log says why, without the address", async () => {
  const logger = new CaptureLogger();
  expect(await balanceWith(files.strangerCert, files.strangerKey, logger)).toBe("Your bank isn't responding right now. Please try again in a little while.");
  const failures = logger.lines.map((l) => JSON.parse(l) as { msg?: string; reason?: string; bank?: string }).filter((l) => l.msg === 'bank connection failed');
  expect(failures.length).toBeGreaterThan(0);
  expect(failures[0]).toMatchObject({ level: 'warn', bank: 'berlin-group', reason: 'SocketError: other side closed' });
  expect(logger.lines.join('\n')).not.toMatch(/localhost|psd2|consent-tls/);
});

it('refuses a certificate without its key at start-up', () => {
  expect(() => loadConfig({ NODE_ENV: 'test', BANK_ADAPTER: 'berlin-group', BG_BASE_URL: 'https://bank.example/psd2', BG_LINKS_FILE: files.links, BG_CLIENT_CERT: files.cert })).toThrow(/BG_CLIENT_KEY/);
});

it('refuses at start-up a certificate file that is missing or holds no certificate, a key that is not the certificate\'s, and a CA that is no certificate', () => {
  const base = { NODE_ENV: 'test', BANK_ADAPTER: 'berlin-group', BG_BASE_URL: 'https://bank.example/psd2', BG_LINKS_FILE: files.links };
  expect(() => loadConfig({ ...base, BG_CLIENT_CERT: path.join(dir, 'missing.pem'), BG_CLIENT_KEY: files.key })).toThrow(/BG_CLIENT_CERT: cannot read .*missing\.pem \(ENOENT\)/);
  expect(() => loadConfig({ ...base, BG_CLIENT_CERT: files.links, BG_CLIENT_KEY: files.key })).toThrow(/BG_CLIENT_CERT: .*holds no PEM certificate/);
  expect(() => loadConfig({ ...base, BG_CLIENT_CERT: files.cert, BG_CLIENT_KEY: files.cert })).toThrow(/BG_CLIENT_KEY: .*holds no PEM private key/);
  expect(() => loadConfig({ ...base, BG_CLIENT_CERT: files.cert, BG_CLIENT_KEY: files.strangerKey })).toThrow(/BG_CLIENT_KEY: .*is not the key of the certificate/);
  expect(() => loadConfig({ ...base, BG_CLIENT_CERT: files.cert, BG_CLIENT_KEY: files.key, BG_CA: files.key })).toThrow(/BG_CA: .*holds no PEM certificate/);
  expect(() => loadConfig({ ...base, BG_CLIENT_CERT: files.cert, BG_CLIENT_KEY: files.key, BG_CA: files.ca })).not.toThrow();
});

it('names the links file and the reason when it is no JSON', () => {
  const broken = file('broken-links.json', '{bad');
  expect(() => readLinks(broken)).toThrow(/^BG_LINKS_FILE .*broken-links\.json: is not valid JSON/);
  expect(() => readLinks(path.join(dir, 'absent.json'))).toThrow(/^BG_LINKS_FILE .*absent\.json: cannot be read \(ENOENT\)/);
});
