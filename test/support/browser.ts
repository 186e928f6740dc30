/** A headless Chromium (Debian's, driven by playwright-core) against a simulator on a free loopback port. */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fixedClock } from '../../fulfillment/kit/clock';
import { loadConfig } from '../../skill/config';
import { createRuntime, type Runtime } from '../../skill/server/compose';
import { simulatorRoutes } from '../../skill/simulator/routes';
import { CaptureLogger } from './capture-logger';
import { Closers } from './closers';
import { TEST_NOW } from './harness';
import { printSkip } from './skip-reason';

/** Where Debian installs chromium (.ci/run installs it when missing). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or undefined when they can. */
export function browserMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `no chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
}

/** A simulator in development mode and a browser page on it, closed by the closers that opened it. */
export interface BrowserSession {
  readonly runtime: Runtime;
  readonly page: Page;
  readonly url: string;
}

/** Headless Chromium's switches for tests: no sandbox (root in CI), no GPU, no background traffic. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches headless Chromium, registered with the closers before anything else can fail. */
export async function launchChromium(closers: Closers): Promise<Browser> {
  // A launch still under way when the closers run is closed as soon as it lands.
  return closers.open('chromium', chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 }));
}

/** Closes a server and the connections still open on it (a browser's keep-alive ones among them). */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * Starts the skill in development mode and opens the simulator in headless Chromium. The server
 * and the browser are registered with the closers the moment they exist, so a hook that times
 * out while this is still under way leaves nothing open once the closers ran.
 */
export function openSimulator(closers: Closers, env: Readonly<Record<string, string>> = {}): Promise<BrowserSession> {
  return closers.track(open(closers, env));
}

async function open(closers: Closers, env: Readonly<Record<string, string>>): Promise<BrowserSession> {
  const runtime = createRuntime(loadConfig({ NODE_ENV: 'development', ...env }), new CaptureLogger(), { clock: fixedClock(TEST_NOW), simulator: simulatorRoutes });
  const server: Server = runtime.app.listen(0, '127.0.0.1');
  await closers.add('the simulator server', { close: () => closeServer(server) });
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // The understanding trains on its first request (seconds on a busy machine): do it before any step's clock runs.
  const warm = await fetch(`${url}simulator/understand`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'balance', platform: 'alexa', locale: 'en-US', session: { id: 'warm-up', isNew: true } }) });
  if (!warm.ok) throw new Error(`the simulator's understanding did not start: HTTP ${warm.status}`);
  if (closers.isClosed) throw new Error('the test closed the simulator before its browser started');
  const browser = await launchChromium(closers);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // Fail a step well inside jest's timeout, with playwright's message naming what was awaited.
  page.setDefaultTimeout(15_000);
  await page.goto(url);
  // The page trains the understanding of every platform and locale in the server, which holds up
  // the server's other answers (a reload's files among them) while it runs: let it finish first.
  await page.locator('#status.ready').waitFor({ timeout: 150_000 });
  return {
    runtime,
    page,
    url,
  };
}

/** Types a line into the simulator and returns the skill's answer to it. */
export async function say(page: Page, text: string): Promise<string> {
  const before = await page.locator('#transcript li.skill, #transcript li.error').count();
  await page.fill('#text', text);
  await page.click('#say button[type=submit]');
  const answer = page.locator('#transcript li.skill, #transcript li.error').nth(before);
  await answer.waitFor();
  return (await answer.textContent()) ?? '';
}

/**
 * A describe block with the simulator open in Chromium for its tests; skipped, with the reason
 * printed, when Chromium is missing or another precondition names a reason.
 */
export function describeInSimulator(
  title: string,
  tests: (current: () => BrowserSession) => void,
  options: { readonly env?: Readonly<Record<string, string>>; readonly skipReason?: string; readonly openTimeoutMs?: number } = {},
): void {
  const otherReason = options.skipReason;
  const reason = browserMissing() ?? otherReason;
  if (reason) printSkip(`skipping "${title}": ${reason}`);
  (reason ? describe.skip : describe)(title, () => {
    let session: BrowserSession | undefined;
    const closers = new Closers();
    // Registered before the opening hook, so it runs even when that hook times out.
    afterAll(() => closers.closeAll(), 120_000);
    beforeAll(async () => {
      session = await openSimulator(closers, options.env);
    }, options.openTimeoutMs ?? 180_000);
    tests(() => {
      if (!session) throw new Error('the simulator did not open');
      return session;
    });
  });
}
