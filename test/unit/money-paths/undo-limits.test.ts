/**
 * An undone transfer gives back what it used of the voice limits, to the day it used it: undone
 * after midnight, it frees nothing of the new day, which still holds exactly the daily limit.
 */
import { startSkill } from '../../support/harness';
import { mutableClock } from '../../support/mutable-clock';
import { transferSpeaker } from '../../support/transfer-speaker';

function setUp(iso: string) {
  const clock = mutableClock(iso);
  const skill = startSkill({ env: { TRANSFER_STEP_UP: 'none' }, overrides: { clock } });
  const say = transferSpeaker(skill, 'dialogflow', 'USD');
  /** Sends a transfer to Bob, through the large-amount check when it comes; returns the last words. */
  const send = async (amount: string) => {
    let spoken = await say('Transfer', { amount, payee: 'Bob', account: 'checking' });
    // The same again within the hour is asked about first: these tests mean it.
    while (/Are you sure\?|Shall I send it\?|Do you want to send it again\?/.test(spoken.text)) spoken = await say('Yes');
    return spoken.text;
  };
  return { clock, skill, say, send };
}

it('gives the day its share back: the whole daily limit is left after an undo', async () => {
  const { say, send } = setUp('2026-11-20T12:00:00Z');
  expect(await send('400')).toMatch(/^Done\./);
  expect((await say('TransferLimits')).text).toMatch(/You can still send \$1,600\.00 today\./);
  expect((await say('CancelTransfer')).text).toMatch(/^I've cancelled your last transfer\b/);
  expect((await say('TransferLimits')).text).toMatch(/You haven't used any of your daily limit today\./);
  expect(await send('1000')).toMatch(/^Done\./);
  expect(await send('1000')).toMatch(/^Done\./);
  expect(await send('1')).toMatch(/over your daily limit/);
});

it('gives the share back to the day the transfer was made, not to the day it was undone', async () => {
  const { clock, say, send } = setUp('2026-11-20T23:58:00Z');
  expect(await send('1000')).toMatch(/^Done\./);
  clock.advance(180);
  expect((await say('CancelTransfer')).text).toMatch(/^I've cancelled your last transfer\b/);
  expect(await send('1000')).toMatch(/^Done\./);
  expect(await send('1000')).toMatch(/^Done\./);
  expect(await send('1')).toMatch(/over your daily limit/);
});
