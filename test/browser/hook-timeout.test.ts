/**
 * Jest exits on its own after browser hooks time out: a jest of its own runs
 * fixtures/hook-timeout.fixture.ts, whose hooks time out with Chromium open and while the
 * simulator is still opening, and must exit with the failures reported and no Chromium left.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { browserMissing } from '../support/browser';
import { printSkip } from '../support/skip-reason';

const ROOT = path.join(__dirname, '../..');
/** Far above the fixture's own 20 s and 1 s hooks plus start-up; a jest kept alive never gets here. */
const EXIT_WITHIN_MS = 240_000;

/** Processes whose environment carries the mark: the child jest, its workers and any Chromium they launched. */
function marked(mark: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(mark);
      } catch {
        return false; // gone meanwhile, or not ours to read
      }
    })
    .map(Number);
}

function runFixture(mark: string): Promise<{ code: number | null; output: string; exited: boolean }> {
  return new Promise((resolve) => {
    const jest = path.join(ROOT, 'node_modules/jest/bin/jest.js');
    const args = [jest, '--config', 'jest.config.js', '--roots', '<rootDir>/test/browser/fixtures', '--testMatch', '**/hook-timeout.fixture.ts', '--runInBand', '--ci'];
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, HOOK_TIMEOUT_MARK: mark }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    const timer = setTimeout(() => {
      // Jest stayed alive: end it and whatever it left, so this test fails instead of hanging too.
      for (const pid of marked(mark)) process.kill(pid, 'SIGKILL');
      resolve({ code: null, output, exited: false });
    }, EXIT_WITHIN_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, exited: true });
    });
  });
}

const reason = browserMissing();
if (reason) printSkip(`skipping the hook-timeout run: ${reason}`);

(reason ? describe.skip : describe)('browser hooks that time out', () => {
  it('leave jest free to exit by itself, with the timeouts reported and no Chromium left running', async () => {
    const mark = `hook-timeout-${randomUUID()}`;
    const run = await runFixture(mark);
    const left = marked(mark);
    for (const pid of left) process.kill(pid, 'SIGKILL');
    expect({ exited: run.exited, left }).toEqual({ exited: true, left: [] });
    expect(run.code).toBe(1);
    expect(run.output).toContain('Exceeded timeout of 20000 ms for a hook');
    expect(run.output).toContain('Exceeded timeout of 1000 ms for a hook');
    expect(run.output).not.toContain('Jest did not exit');
  }, EXIT_WITHIN_MS + 60_000);
});
