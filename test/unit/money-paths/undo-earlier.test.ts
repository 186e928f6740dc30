/**
 * An earlier transfer than the last can be undone while the bank still holds it: by its payee at
 * once, by its place after a question that names it. Each is cancelled once however many ask at
 * the same moment, only while its own window is open, and gives back its share of the limits.
 */
import { startSkill } from '../../support/harness';
import { mutableClock } from '../../support/mutable-clock';
import { transferSpeaker } from '../../support/transfer-speaker';

function setUp() {
  const clock = mutableClock('2026-11-20T12:00:00Z');
  const skill = startSkill({ env: { TRANSFER_STEP_UP: 'none' }, overrides: { clock } });
  const say = transferSpeaker(skill, 'dialogflow', 'USD');
  /** Sends a transfer from checking, through the amount and large-amount checks when they come. */
  const send = async (amount: string, payee: string) => {
    let spoken = await say('Transfer', { amount, payee, account: 'checking' });
    while (/Is that right\?|Are you sure\?|Shall I send it\?/.test(spoken.text)) spoken = await say('Yes');
    expect(spoken.text).toMatch(/^Done\./);
  };
  /** Each transfer's payee and the state the bank holds it in. */
  const statuses = () => {
    const books = skill.sandbox.control.books('demo');
    const payee = (to: { kind: string; payeeId?: string }) => books?.payees.find((p) => p.id === to.payeeId)?.name;
    return Object.fromEntries([...(books?.transfers.values() ?? [])].map((t) => [payee(t.order.to), t.receipt.status]));
  };
  return { clock, skill, say, send, statuses };
}

it('cancels the transfer to the payee named, not the last one', async () => {
  const { say, send, statuses } = setUp();
  await send('20', 'Bob');
  await send('40', 'Maria');
  expect((await say('CancelTransfer', { payee: 'Bob' })).text).toMatch(/^I've cancelled your transfer to Bob Carter\./);
  expect(statuses()).toEqual({ 'Bob Carter': 'cancelled', 'Maria Garcia': 'pending' });
});

it('cancels an earlier transfer once when two requests ask for it at the same moment', async () => {
  const { skill, send, statuses } = setUp();
  await send('20', 'Bob');
  await send('40', 'Maria');
  const [a, b] = [transferSpeaker(skill, 'dialogflow', 'USD'), transferSpeaker(skill, 'alexa', 'USD')];
  const answers = await Promise.all([a('CancelTransfer', { payee: 'Bob' }), b('CancelTransfer', { payee: 'Bob' })]);
  expect(answers.filter((s) => /I've cancelled your transfer to Bob Carter/.test(s.text))).toHaveLength(1);
  expect(skill.sandbox.control.calls()['transfers.cancel']).toBe(1);
  expect(statuses()).toEqual({ 'Bob Carter': 'cancelled', 'Maria Garcia': 'pending' });
});

it('refuses a transfer whose own window has closed, while a later one can still be undone', async () => {
  const { clock, say, send, statuses } = setUp();
  await send('20', 'Bob');
  clock.advance(180);
  await send('40', 'Maria');
  clock.advance(150);
  expect((await say('CancelTransfer', { payee: 'Bob' })).text).toMatch(/^There's no transfer to Bob Carter that I can still cancel by voice, so I haven't cancelled anything\. Your last transfer was to Maria Garcia\./);
  expect(statuses()).toEqual({ 'Bob Carter': 'pending', 'Maria Garcia': 'pending' });
});

it('asks before cancelling both, and gives back both shares of the daily limit', async () => {
  const { say, send, statuses } = setUp();
  await send('300', 'Bob');
  await send('400', 'Maria');
  expect((await say('TransferLimits')).text).toMatch(/You can still send \$1,300\.00 today\./);
  expect((await say('CancelTransfer', { both: 'both' })).text).toBe('Do you want me to cancel both your transfers, to Bob Carter and to Maria Garcia?');
  expect(statuses()).toEqual({ 'Bob Carter': 'pending', 'Maria Garcia': 'pending' });
  expect((await say('Yes')).text).toMatch(/^I've cancelled your transfers to Bob Carter and to Maria Garcia\./);
  expect(statuses()).toEqual({ 'Bob Carter': 'cancelled', 'Maria Garcia': 'cancelled' });
  expect((await say('TransferLimits')).text).toMatch(/You haven't used any of your daily limit today\./);
});

it('says which agreed transfer had already gone out when its window closed before the yes', async () => {
  const { clock, say, send, statuses } = setUp();
  await send('20', 'Bob');
  clock.advance(120);
  await send('40', 'Maria');
  expect((await say('CancelTransfer', { both: 'both' })).text).toMatch(/^Do you want me to cancel both your transfers/);
  clock.advance(200);
  expect((await say('Yes')).text).toMatch(/^I've cancelled your transfer to Maria Garcia\. The money is back in your account\. Your bank has already sent your transfer to Bob Carter, so it can no longer be cancelled\./);
  expect(statuses()).toEqual({ 'Bob Carter': 'completed', 'Maria Garcia': 'cancelled' });
});

describe('a cancel that names nothing means the transfer made last, and only that one', () => {
  it('cancels the same transfer when tried again after the bank did not answer, never the earlier one', async () => {
    const { skill, say, send, statuses } = setUp();
    await send('40', 'Maria');
    await send('20', 'Bob');
    skill.sandbox.control.failNext('transfers.cancel', 'unavailable');
    expect((await say('CancelTransfer')).text).toMatch(/^Your transfer to Bob Carter is still on its way for now\. Your bank isn't responding/);
    expect(statuses()).toEqual({ 'Maria Garcia': 'pending', 'Bob Carter': 'pending' });
    expect((await say('CancelTransfer')).text).toMatch(/^I've cancelled your last transfer\b/);
    expect(statuses()).toEqual({ 'Maria Garcia': 'pending', 'Bob Carter': 'cancelled' });
  });

  it('cancels nothing more when said a second time', async () => {
    const { say, send, statuses } = setUp();
    await send('40', 'Maria');
    await send('20', 'Bob');
    expect((await say('CancelTransfer')).text).toMatch(/^I've cancelled your last transfer\b/);
    expect((await say('CancelTransfer')).text).toMatch(/^Your transfer to Bob Carter was already cancelled, so the money is back in your account\. I can still cancel your transfer to Maria Garcia\./);
    expect(statuses()).toEqual({ 'Maria Garcia': 'pending', 'Bob Carter': 'cancelled' });
  });

  it('never reaches past a last transfer the bank did not confirm', async () => {
    const { skill, say, send, statuses } = setUp();
    await send('40', 'Maria');
    // The bank takes Bob's transfer, its answer is lost, and it cannot say how the order stands.
    skill.sandbox.control.failNext('transfers.submit', 'timeout-after-commit');
    skill.sandbox.control.failNext('transfers.status', 'unavailable');
    const spoken = await say('Transfer', { amount: '20', payee: 'Bob', account: 'checking' });
    expect(spoken.text).toMatch(/Shall I send it\?/);
    expect((await say('Yes')).text).toMatch(/hasn't confirmed/);
    skill.sandbox.control.failNext('transfers.status', 'unavailable');
    expect((await say('CancelTransfer')).text).toMatch(/^Your bank hasn't confirmed your transfer to Bob Carter yet, so I can't cancel it now\./);
    expect(statuses()).toEqual({ 'Maria Garcia': 'pending', 'Bob Carter': 'pending' });
  });

  it('says a transfer cancelled elsewhere in the meantime was cancelled, and cancels no other on the yes', async () => {
    const { skill, say, send, statuses } = setUp();
    await send('40', 'Maria');
    await send('20', 'Bob');
    expect((await say('Cancel')).text).toMatch(/^Do you want me to cancel the transfer you just made\?/);
    const other = transferSpeaker(skill, 'alexa', 'USD');
    expect((await other('CancelTransfer', { payee: 'Bob' })).text).toMatch(/^I've cancelled your transfer to Bob Carter\./);
    expect((await say('Yes')).text).toMatch(/^Your transfer to Bob Carter was already cancelled, so the money is back in your account\./);
    expect(statuses()).toEqual({ 'Maria Garcia': 'pending', 'Bob Carter': 'cancelled' });
  });

  it('says "already cancelled" for one cancelled in the banking app, and gives its share of the limits back once', async () => {
    const { skill, say, send } = setUp();
    await send('300', 'Bob');
    const books = skill.sandbox.control.books('demo');
    const bob = [...(books?.transfers.values() ?? [])][0];
    expect(bob).toBeDefined();
    // The customer cancels it in the bank's own app, which the skill does not hear of.
    if (bob && books && skill.sandbox.transfers?.cancel) await skill.sandbox.transfers.cancel({ customer: { id: books.customerId }, credentials: { token: 'demo' } } as never, bob.receipt.transferId);
    expect((await say('CancelTransfer', { payee: 'Bob' })).text).toMatch(/^Your transfer to Bob Carter was already cancelled/);
    expect((await say('TransferLimits')).text).toMatch(/You haven't used any of your daily limit today\./);
  });
});
