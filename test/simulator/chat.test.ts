/** `npm run chat` driven through a pipe, as a script or a person without a TTY would. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

function chat(args: string[], input: string): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'skill/simulator/chat.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`chat exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

describe('the terminal chat', () => {
  it('carries one Dialogflow session across turns and speaks each reply', () => {
    const out = chat(['--platform', 'dialogflow'], "what's my balance\nwhat accounts do i have\nstop\n");
    expect(out).toContain('as dialogflow in en-US, customer token "demo"');
    expect(out).toMatch(/ready in \d+\.\d s/);
    expect(out).toMatch(/\(Balance [01]\.\d\d\)\nskill> Your checking account has \$2,450\.17/);
    expect(out).toContain('skill> You have 3 accounts');
    expect(out).toContain('skill> Goodbye.   [session ended]');
  });

  it('speaks Dialogflow CX: the route tags, the session and its end', () => {
    const out = chat(['--platform', 'dialogflow-cx', '--locale', 'en-GB', '--token', 'demo-gb'], "what's my balance\nsend twenty pounds to tom baker\nno\n");
    expect(out).toContain('as dialogflow-cx in en-GB, customer token "demo-gb"');
    expect(out).toMatch(/\(Balance [01]\.\d\d\)\nskill> Your current account has £1,834\.62/);
    expect(out).toMatch(/\(Transfer [01]\.\d\d amount=20 GBP payee=Tom Baker\)/);
  });

  it('talks German on Alexa to the German demo customer, who is the one a German chat talks to when no token is named', () => {
    const out = chat(['--platform', 'alexa', '--locale', 'de-DE'], 'wie ist mein kontostand\n');
    expect(out).toContain('customer token "demo-de"');
    expect(out).toMatch(/skill> Auf deinem Girokonto sind 2\.310,45\s€/);
  });

  it('understands a PIN and German amounts in words, showing what it heard without the PIN', () => {
    const out = chat(['--platform', 'dialogflow', '--locale', 'de-DE', '--token', 'demo-de'], 'überweise fünfzig euro an anna müller\neins zwei drei vier\n');
    expect(out).toMatch(/\(Transfer [01]\.\d\d amount=50 EUR payee=Anna Müller\)/);
    expect(out).toMatch(/\(Pin [01]\.\d\d pin=\*\*\*\*\)/);
    expect(out).not.toContain('1234');
  });

  it('refuses an unknown platform with its usage', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'skill/simulator/chat.ts', '--platform', 'siri'], { cwd: root, encoding: 'utf8', input: '' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown platform: siri');
  });
});
