/**
 * Runs every conversation script in this folder through both platforms, via the local
 * understanding and the real HTTP endpoints. Both platforms must give the script's answers;
 * a failure prints the whole exchange.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { answerMatches, parseScript } from '../../skill/simulator/script';
import { startSkill } from '../support/harness';
import { converse } from '../support/simulated';

const scripts = readdirSync(__dirname)
  .filter((f) => f.endsWith('.conversation'))
  .map((f) => parseScript(readFileSync(path.join(__dirname, f), 'utf8'), f));

it('finds the conversation scripts', () => {
  expect(scripts.length).toBeGreaterThanOrEqual(5);
});

describe.each(scripts.map((s) => [s.title, s] as const))('%s', (_title, script) => {
  it.each(['alexa', 'dialogflow'] as const)('goes as scripted on %s', async (platform) => {
    const skill = startSkill();
    const conversation = await converse(skill, platform, script.locale, script.token);
    const transcript: string[] = [];
    for (const turn of script.turns) {
      const { spoken } = await conversation.say(turn.user);
      transcript.push(`U: ${turn.user}`, `A: ${spoken}`);
      if (!answerMatches(turn.expected, spoken)) {
        throw new Error([`${platform}, line ${turn.line}: expected`, `   ${turn.expected}`, 'the whole exchange:', ...transcript.map((l) => `   ${l}`)].join('\n'));
      }
    }
  });
});
