/**
 * A bank that fails in the middle of a conversation, as real banks do: the customer hears what
 * became of their money or their card, never a guess. A cancel or a lock whose answer was lost
 * is read back from the bank; a transfer the bank had not confirmed can be cancelled once it
 * does, and is never said to be gone; a purchase is reported even when the card cannot be
 * locked, and a verdict on a purchase whose answer was lost is read back too; a failure while a
 * transfer waits keeps the transfer, with nothing sent.
 */
import type { TransferStatus } from '../../fulfillment/banks/transfer-types';
import { startSkill } from '../support/harness';
import { converse } from '../support/simulated';
import type { TestSkill } from '../support/harness';

const statuses = (skill: TestSkill, token: string): TransferStatus[] => [...(skill.sandbox.control.books(token)?.transfers.values() ?? [])].map((t) => t.receipt.status);
const cardLocked = (skill: TestSkill, token: string, id: string) => skill.sandbox.control.books(token)?.cards.find((c) => c.id === id)?.locked;
const alertStatus = (skill: TestSkill, token: string) => skill.sandbox.control.books(token)?.alerts[0]?.status;

/** A transfer to Bob (Jonas) confirmed up to the PIN prompt. */
async function atThePin(skill: TestSkill, platform: 'alexa' | 'dialogflow' | 'dialogflow-cx', german = false) {
  const chat = await converse(skill, platform, german ? 'de-DE' : 'en-US', german ? 'demo-de' : 'demo');
  await chat.say(german ? 'überweise fünfzig euro an jonas vom girokonto' : 'transfer fifty dollars to bob from checking');
  await chat.say(german ? 'ja' : 'yes');
  expect((await chat.say(german ? 'ja' : 'yes')).spoken).toMatch(/PIN/);
  return chat;
}

/** A skill asking the demo customer about the flagged ElectroMart purchase. */
async function atTheFraudQuestion(platform: 'alexa' | 'dialogflow' | 'dialogflow-cx') {
  const skill = startSkill();
  const chat = await converse(skill, platform, 'en-US', 'demo');
  expect((await chat.say('any fraud alerts')).spoken).toMatch(/ElectroMart/);
  return { skill, chat };
}

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('on %s', (platform) => {
  it('cancels a transfer once the bank confirms it, though its first answer was lost; before that it says it cannot cancel yet', async () => {
    const skill = startSkill();
    const chat = await atThePin(skill, platform);
    // The bank takes the transfer, its answer is lost, and it cannot say how the order stands.
    skill.sandbox.control.failNext('transfers.submit', 'timeout-after-commit');
    skill.sandbox.control.failNext('transfers.status', 'unavailable');
    expect((await chat.say('1234')).spoken).toMatch(/^Your bank hasn't confirmed that transfer yet\./);
    skill.sandbox.control.failNext('transfers.status', 'unavailable');
    const early = (await chat.say('cancel that transfer')).spoken;
    expect(early).toMatch(/^Your bank hasn't confirmed your transfer to Bob Carter yet, so I can't cancel it now\./);
    expect(statuses(skill, 'demo')).toEqual(['pending']);
    expect((await chat.say('cancel that transfer')).spoken).toMatch(/^I've cancelled your last transfer, the one to Bob Carter\./);
    expect(statuses(skill, 'demo')).toEqual(['cancelled']);
  });

  it('says a transfer is cancelled when the cancel went through but its answer was lost', async () => {
    const skill = startSkill();
    const chat = await atThePin(skill, platform);
    expect((await chat.say('1234')).spoken).toMatch(/^Done\./);
    skill.sandbox.control.failNext('transfers.cancel', 'timeout-after-commit');
    const cancel = (await chat.say('cancel that transfer')).spoken;
    expect(cancel).toMatch(/^I've cancelled your last transfer, the one to Bob Carter\./);
    expect(cancel).not.toContain('on its way');
    expect(statuses(skill, 'demo')).toEqual(['cancelled']);
  });

  it('says it cannot tell when a cancel got no answer and the bank cannot say, and a second cancel settles it', async () => {
    const skill = startSkill();
    const chat = await atThePin(skill, platform);
    await chat.say('1234');
    skill.sandbox.control.failNext('transfers.cancel', 'timeout');
    skill.sandbox.control.failNext('transfers.status', 'unavailable');
    const unsure = (await chat.say('cancel that transfer')).spoken;
    expect(unsure).toMatch(/^I couldn't tell whether your bank has cancelled your transfer to Bob Carter\./);
    expect(unsure).not.toContain('on its way');
    expect((await chat.say('cancel that transfer')).spoken).toMatch(/^I've cancelled your last transfer, the one to Bob Carter\./);
    expect(statuses(skill, 'demo')).toEqual(['cancelled']);
  });

  it('keeps the transfer at the PIN when the bank fails to list the accounts, sends nothing, and sends it once on the PIN again', async () => {
    const skill = startSkill();
    const chat = await atThePin(skill, platform);
    skill.sandbox.control.failNext('accounts.list', 'unavailable');
    const down = await chat.say('1234');
    expect(down.spoken).toBe("Your bank isn't responding right now, so nothing has been sent. Your transfer is still waiting: say that again in a moment to carry on, or say cancel.");
    expect(down.endsSession).toBe(false);
    expect(statuses(skill, 'demo')).toEqual([]);
    expect((await chat.say('1234')).spoken).toMatch(/^Done\. Your transfer to Bob Carter is on its way\./);
    expect(statuses(skill, 'demo')).toEqual(['pending']);
  });

  it('says a card is locked when the lock went through but its answer was lost', async () => {
    const skill = startSkill();
    const chat = await converse(skill, platform, 'en-US', 'demo');
    expect((await chat.say('lock my debit card')).spoken).toMatch(/^Do you want me to lock your debit card ending in 5530\?/);
    skill.sandbox.control.failNext('cards.setLocked', 'timeout-after-commit');
    expect((await chat.say('yes')).spoken).toMatch(/^Done\. Your debit card ending in 5530 is now locked\./);
    expect(cardLocked(skill, 'demo', 'card-alex-debit')).toBe(true);
  });

  it('reports a denied purchase when the card cannot be locked, and says the card is not locked', async () => {
    const { skill, chat } = await atTheFraudQuestion(platform);
    skill.sandbox.control.failNext('cards.setLocked', 'unavailable');
    expect((await chat.say('no')).spoken).toBe("I've reported the purchase to your bank as fraud, but I couldn't lock your credit card ending in 9012. Please lock it in your bank's app, or call your bank.");
    expect(alertStatus(skill, 'demo')).toBe('reported-fraud');
    expect(cardLocked(skill, 'demo', 'card-alex-visa')).toBe(false);
  });

  it('reports and locks when the lock went through but its answer was lost', async () => {
    const { skill, chat } = await atTheFraudQuestion(platform);
    skill.sandbox.control.failNext('cards.setLocked', 'timeout-after-commit');
    expect((await chat.say('no')).spoken).toMatch(/^I've locked your credit card ending in 9012 and reported the purchase to your bank as fraud\./);
    expect(alertStatus(skill, 'demo')).toBe('reported-fraud');
    expect(cardLocked(skill, 'demo', 'card-alex-visa')).toBe(true);
  });

  it.each([
    ['no', /^I've locked your credit card ending in 9012 and reported the purchase to your bank as fraud\./, 'reported-fraud'],
    ['yes it was me', /^Thanks\. I've marked that purchase as genuine\./, 'confirmed-genuine'],
  ] as const)('says what became of the purchase when "%s" went through but its answer was lost', async (answer, said, status) => {
    const { skill, chat } = await atTheFraudQuestion(platform);
    skill.sandbox.control.failNext('alerts.resolve', 'timeout-after-commit');
    expect((await chat.say(answer)).spoken).toMatch(said);
    expect(alertStatus(skill, 'demo')).toBe(status);
  });

  it('says neither was done when the bank takes neither the lock nor the report', async () => {
    const { skill, chat } = await atTheFraudQuestion(platform);
    skill.sandbox.control.failNext('cards.setLocked', 'unavailable');
    skill.sandbox.control.failNext('alerts.resolve', 'unavailable');
    expect((await chat.say('no')).spoken).toBe("Your bank isn't responding, so I couldn't lock your credit card ending in 9012 or report the purchase. Please call your bank about it now.");
    expect(alertStatus(skill, 'demo')).toBe('unreviewed');
  });
});

describe.each(['alexa', 'dialogflow'] as const)('auf Deutsch, %s', (platform) => {
  it('sagt bei einer Stornierung, deren Antwort verloren ging, dass sie storniert ist', async () => {
    const skill = startSkill();
    const chat = await atThePin(skill, platform, true);
    await chat.say('eins zwei drei vier');
    skill.sandbox.control.failNext('transfers.cancel', 'timeout-after-commit');
    expect((await chat.say('storniere die überweisung')).spoken).toMatch(/^Ich habe deine letzte Überweisung an Jonas Weber storniert\./);
    expect(statuses(skill, 'demo-de')).toEqual(['cancelled']);
  });

  it('behält die Überweisung bei der PIN, wenn die Bank nicht antwortet', async () => {
    const skill = startSkill();
    const chat = await atThePin(skill, platform, true);
    skill.sandbox.control.failNext('payees.list', 'timeout');
    expect((await chat.say('eins zwei drei vier')).spoken).toMatch(/^Deine Bank antwortet gerade nicht, deshalb wurde nichts gesendet\. Deine Überweisung wartet noch/);
    expect(statuses(skill, 'demo-de')).toEqual([]);
    expect((await chat.say('eins zwei drei vier')).spoken).toMatch(/^Erledigt\./);
    expect(statuses(skill, 'demo-de')).toEqual(['pending']);
  });

  it('meldet die Zahlung, auch wenn die Karte nicht gesperrt werden kann', async () => {
    const skill = startSkill();
    const chat = await converse(skill, platform, 'de-DE', 'demo-de');
    await chat.say('gibt es verdächtige umsätze');
    skill.sandbox.control.failNext('cards.setLocked', 'unavailable');
    expect((await chat.say('nein')).spoken).toMatch(/^Ich habe die Zahlung deiner Bank als Betrug gemeldet, konnte deine Kreditkarte mit der Endung 6677 aber nicht sperren\./);
    expect(alertStatus(skill, 'demo-de')).toBe('reported-fraud');
  });
});
