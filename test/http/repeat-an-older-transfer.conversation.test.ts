/**
 * "Repeat my last transfer" when the last one was not just made: the payee the bank's history
 * shows was paid last, with the amount sent then, read back before anything moves; never "how
 * much?" as if nothing had been asked; with nobody ever paid, that is said. On both platforms, in
 * English and German.
 */
import { startSkill, TEST_NOW } from '../support/harness';
import { mutableClock } from '../support/mutable-clock';
import { converse } from '../support/simulated';

/** Long enough after a transfer that "again" no longer means the one just made (15 minutes). */
const AN_HOUR = 3600;

/** A transfer sent in one conversation, and a new conversation an hour later on the same skill. */
async function anHourAfter(platform: 'alexa' | 'dialogflow', locale: 'en-US' | 'de-DE', token: string, said: readonly [request: string, yes: string, pin: string]) {
  const clock = mutableClock(TEST_NOW);
  const skill = startSkill({ overrides: { clock } });
  const first = await converse(skill, platform, locale, token);
  let done = '';
  for (const line of said) done = (await first.say(line)).spoken;
  clock.advance(AN_HOUR);
  return { skill, done, later: await converse(skill, platform, locale, token) };
}

describe.each(['alexa', 'dialogflow'] as const)('on %s', (platform) => {
  it('prepares the transfer to the payee paid last, with its amount, an hour later', async () => {
    const { skill, done, later } = await anHourAfter(platform, 'en-US', 'demo', ['send twenty five dollars to anna lee from checking', 'yes', '1234']);
    expect(done).toMatch(/^Done\. Your transfer to Anna Lee is on its way\./);
    expect((await later.say('repeat my last transfer')).spoken).toMatch(/^You last sent Anna Lee \$25\.00 today\. From which account/);
    expect((await later.say('checking')).spoken).toMatch(/^You're sending money to Anna Lee, account ending in 7781, .*The amount is \$25\.00\. Shall I send it\?$/);
    expect(skill.sandbox.control.books('demo')?.transfers.size).toBe(1);
  });

  it('says there is nothing to repeat where no payee was ever paid, and asks for the transfer', async () => {
    const chat = await converse(startSkill(), platform, 'en-US', 'demo');
    expect((await chat.say('repeat my last transfer')).spoken).toBe("I can't find an earlier transfer to repeat. How much would you like to send?");
  });

  it('nimmt „wiederhole die letzte Überweisung“ eine Stunde später als die an Jonas, mit ihrem Betrag', async () => {
    const { done, later } = await anHourAfter(platform, 'de-DE', 'demo-de', ['überweise Jonas 25 Euro vom Girokonto', 'ja', 'eins zwei drei vier']);
    expect(done).toMatch(/^Erledigt\./);
    expect((await later.say('wiederhole die letzte überweisung')).spoken).toMatch(/^Zuletzt hast du Jonas Weber heute 25,00\s€ überwiesen\. Von welchem Konto/);
  });
});
