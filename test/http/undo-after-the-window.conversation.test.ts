/**
 * "Cancel" once the time the bank allows for it is over: the customer hears at once where the
 * money is (gone out, or cancelled already), never an offer to cancel that a yes could not keep,
 * nor "no recent transfer" about one minutes old. On both platforms, in English and German.
 */
import { startSkill, TEST_NOW } from '../support/harness';
import { mutableClock } from '../support/mutable-clock';
import { converse } from '../support/simulated';

const PAST_THE_WINDOW_SECONDS = 400;

/** A conversation on a skill whose clock a test moves, with one transfer sent in it and the window let pass. */
async function sentLongAgo(platform: 'alexa' | 'dialogflow', locale: 'en-US' | 'de-DE', token: string, request: string, yes: string, pin: string) {
  const clock = mutableClock(TEST_NOW);
  const skill = startSkill({ overrides: { clock } });
  const chat = await converse(skill, platform, locale, token);
  await chat.say(request);
  await chat.say(yes);
  const done = (await chat.say(pin)).spoken;
  clock.advance(PAST_THE_WINDOW_SECONDS);
  return { skill, chat, done };
}

describe.each(['alexa', 'dialogflow'] as const)('on %s', (platform) => {
  it('says the transfer to Bob has gone, to "cancel" and to "undo that"', async () => {
    const { skill, chat, done } = await sentLongAgo(platform, 'en-US', 'demo', 'send twenty dollars to bob from checking', 'yes', '1234');
    expect(done).toMatch(/^Done\. Your transfer to Bob Carter is on its way\./);
    const gone = 'Your bank has already sent your transfer to Bob Carter, so it can no longer be cancelled.';
    expect((await chat.say('cancel')).spoken).toContain(gone);
    expect((await chat.say('undo that')).spoken).toContain(gone);
    const books = skill.sandbox.control.books('demo');
    expect([...(books?.transfers.values() ?? [])].map((t) => t.receipt.status)).not.toContain('cancelled');
  });

  it('sagt „storniere die letzte Überweisung“, dass die an Jonas ausgeführt ist', async () => {
    const { chat, done } = await sentLongAgo(platform, 'de-DE', 'demo-de', 'überweise Jonas 20 Euro vom Girokonto', 'ja', 'eins zwei drei vier');
    expect(done).toMatch(/^Erledigt\./);
    expect((await chat.say('storniere die letzte überweisung')).spoken).toContain('Deine Bank hat deine Überweisung an Jonas Weber bereits ausgeführt');
  });

  it('says a transfer cancelled earlier was already cancelled', async () => {
    const skill = startSkill();
    const chat = await converse(skill, platform, 'en-US', 'demo');
    await chat.say('send twenty dollars to bob from checking');
    await chat.say('yes');
    await chat.say('1234');
    expect((await chat.say('cancel that transfer')).spoken).toMatch(/^I've cancelled your last transfer, the one to Bob Carter\./);
    expect((await chat.say('undo that')).spoken).toMatch(/^Your transfer to Bob Carter was already cancelled/);
  });
});
