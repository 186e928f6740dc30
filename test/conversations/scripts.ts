/**
 * Runs every conversation script in this folder through a voice platform, via the local
 * understanding and the real HTTP endpoints. The platform must give the script's answers and
 * leave the bank holding the transfers the script counts; a failure prints the whole exchange.
 * Two test files per platform (conversations.<platform>.<half>.test.ts), each with every other
 * script, so that jest's two workers share the scripts evenly: one file per platform left the
 * slowest platform's file for the last minutes of a run on a machine with no record of earlier
 * runs, one core idle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { answerMatches, parseScript, type ConversationScript, type ScriptBankStep } from '../../skill/simulator/script';
import { startSkill, type TestSkill } from '../support/harness';
import { converse } from '../support/simulated';
import type { SimulatedPlatform } from '../../skill/simulator/understand';

/** Every script in this folder, parsed. */
export const scripts = readdirSync(__dirname)
  .filter((f) => f.endsWith('.conversation'))
  .sort()
  .map((f) => parseScript(readFileSync(path.join(__dirname, f), 'utf8'), f));

/** Does at the bank what a script's step says, or checks it; a problem is returned as text. */
function atTheBank(skill: TestSkill, script: ConversationScript, step: ScriptBankStep): string | undefined {
  const books = skill.sandbox.control.books(script.token ?? '');
  if (!books) return `no sandbox customer for token ${script.token ?? '(none)'}`;
  if ('sent' in step) {
    const sent = [...books.transfers.values()].filter((t) => t.receipt.status !== 'cancelled' && t.receipt.status !== 'rejected').length;
    return sent === step.sent ? undefined : `expected the bank to hold ${step.sent} transfer(s) not cancelled, it holds ${sent}`;
  }
  const waiting = skill.sandbox.control.pendingApprovals().filter((a) => a.customerId === books.customerId && a.status === 'pending');
  const [approval] = waiting;
  if (!approval) return 'nothing is waiting for approval in the app';
  skill.sandbox.control.decide(approval.approval.approvalId, step.app === 'approve' ? 'approved' : 'refused');
  return undefined;
}

/** Which half of the scripts a file runs: every other one, from the first or the second. */
export type Half = 0 | 1;

/** Defines one test per script of a half on a platform, named "<title> goes as scripted on <platform>". */
export function runScripts(platform: SimulatedPlatform, half: Half): void {
  const mine = scripts.filter((_s, i) => i % 2 === half);
  describe.each(mine.map((s) => [s.title, s] as const))('%s', (_title, script) => {
    it(`goes as scripted on ${platform}`, async () => {
      const skill = startSkill({ env: script.env });
      const conversation = await converse(skill, platform, script.locale, script.token);
      const transcript: string[] = [];
      const fail = (line: number, problem: string) =>
        new Error([`${platform}, line ${line}: ${problem}`, 'the whole exchange:', ...transcript.map((l) => `   ${l}`)].join('\n'));
      for (const step of script.steps) {
        if (!('user' in step)) {
          const problem = atTheBank(skill, script, step);
          transcript.push('app' in step ? `(app: ${step.app})` : `(sent: ${step.sent})`);
          if (problem) throw fail(step.line, problem);
          continue;
        }
        const { spoken } = await conversation.say(step.user);
        transcript.push(`U: ${step.user}`, `A: ${spoken}`);
        if (!answerMatches(step.expected, spoken)) throw fail(step.line, `expected\n   ${step.expected}`);
      }
    });
  });
}
