/**
 * "Transfer fifty dollars to Anna" on both platforms: the happy paths, choosing payees and
 * accounts, changing one's mind, cancelling at every step, funds and limits. Money is checked
 * in the sandbox's books afterwards.
 */
import { money } from '../../fulfillment/kit/money';
import { formatMoney } from '../../fulfillment/speech/money';
import { startSkill, type TestSkill } from '../support/harness';
import { privacyProblems, secretsOf } from '../support/privacy';
import { booksOf } from '../support/speaker';
import { transferSpeaker, type SayTransfer } from '../support/transfer-speaker';

let skill: TestSkill;
const balanceOf = (kind: string) => booksOf(skill, 'demo').accounts.find((a) => a.kind === kind)?.balance.minor ?? NaN;
const transfersMade = () => booksOf(skill, 'demo').transfers.size;

afterEach(() => {
  const secrets = secretsOf(booksOf(skill, 'demo'));
  for (const body of skill.responses) expect(privacyProblems(body, secrets)).toEqual([]);
});

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('on %s', (platform) => {
  let say: SayTransfer;
  beforeEach(() => {
    skill = startSkill();
    say = transferSpeaker(skill, platform, 'USD');
  });

  it('sends money to a payee after the read-back and the PIN, and says so only when the bank confirmed', async () => {
    const before = balanceOf('checking');
    const confirm = await say('Transfer', { amount: '42', payee: 'Anna Lee', account: 'checking' });
    expect(confirm.text).toBe(
      "You're sending money to Anna Lee, account ending in 7781, from your checking account ending in 4321. The amount is $42.00. Shall I send it?",
    );
    expect((await say('Yes')).text).toBe('Please say your four-digit voice PIN.');
    const done = await say('Pin', { pin: '1234' });
    expect(done.text).toMatch(/^Done\. Your transfer to Anna Lee is on its way\. If you change your mind, say cancel that transfer within 5 minutes\./);
    expect(balanceOf('checking')).toBe(before - 4200);
    expect(transfersMade()).toBe(1);
    const audit = (skill.audit as unknown as { events: { action: string; outcome: string; amount?: unknown }[] }).events;
    expect(audit).toContainEqual(expect.objectContaining({ action: 'transfer', outcome: 'pending', amount: money(4200, 'USD') }));
  });

  it('moves money between own accounts', async () => {
    const [savings, checking] = [balanceOf('savings'), balanceOf('checking')];
    const confirm = await say('TransferOwn', { amount: '200', from: 'savings', to: 'checking' });
    expect(confirm.text).toBe(
      "You're sending money to your checking account ending in 4321, from your savings account ending in 8765. The amount is $200.00. Shall I send it?",
    );
    await say('Yes');
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\. The money is in your checking account ending in 4321\./);
    expect(balanceOf('savings')).toBe(savings - 20000);
    expect(balanceOf('checking')).toBe(checking + 20000);
  });

  it('pays the credit card bill: the minimum payment, from the account the customer names', async () => {
    const statement = booksOf(skill, 'demo').statements[0];
    if (!statement) throw new Error('the demo customer has a card statement');
    const [card, checking] = [balanceOf('credit-card'), balanceOf('checking')];
    const options = await say('PayCard');
    expect(options.text).toContain(`The minimum payment is ${formatMoney(statement.minimumPayment, 'en-US')}.`);
    expect((await say('PayCard', { option: 'minimum' })).text).toBe(
      `Okay, the minimum payment: ${formatMoney(statement.minimumPayment, 'en-US')}. From which account: your checking account ending in 4321 or your savings account ending in 8765?`,
    );
    expect((await say('ProvideAccount', { account: 'checking' })).text).toContain(`You're paying the minimum payment: ${formatMoney(statement.minimumPayment, 'en-US')}.`);
    await say('Yes');
    await say('Pin', { pin: '1234' });
    expect(balanceOf('credit-card')).toBe(card - statement.minimumPayment.minor);
    expect(balanceOf('checking')).toBe(checking - statement.minimumPayment.minor);
  });

  it('asks which Anna when two match, and never picks one silently', async () => {
    const reply = await say('Transfer', { amount: '42', payee: 'Anna' });
    expect(reply.text).toBe('Which one: Anna Schmidt or Anna Lee?');
    expect(transfersMade()).toBe(0);
    expect((await say('ProvidePayee', { payee: 'Anna Schmidt' })).text).toBe(
      'From which account: your checking account ending in 4321 or your savings account ending in 8765?',
    );
  });

  it('hears "Ana Lee" as Anna Lee', async () => {
    const reply = await say('Transfer', { amount: '42', payee: 'Ana Lee', account: 'checking' });
    expect(reply.text).toMatch(/^You're sending money to Anna Lee, account ending in 7781/);
  });

  it('finds no "Zed", names the payees, and moves nothing', async () => {
    const reply = await say('Transfer', { amount: '42', payee: 'Zed' });
    expect(reply.text).toBe(
      "I couldn't find a payee called Zed. Your payees are Anna Schmidt, Anna Lee, Bob Carter, Maria Garcia, and City Power and Light. Who would you like to send money to?",
    );
    expect(transfersMade()).toBe(0);
  });

  it('asks for what is missing one question at a time', async () => {
    expect((await say('Transfer')).text).toBe('How much would you like to send?');
    expect((await say('ProvideAmount', { amount: '42' })).text).toBe('Who would you like to send money to?');
    expect((await say('ProvidePayee', { payee: 'Bob' })).text).toBe(
      'From which account: your checking account ending in 4321 or your savings account ending in 8765?',
    );
    expect((await say('ProvideAccount', { account: 'savings' })).text).toMatch(/^You're sending money to Bob Carter, account ending in 1209, from your savings account ending in 8765\./);
  });

  it('double-checks a confusable amount before the read-back', async () => {
    const check = await say('Transfer', { amount: '50', payee: 'Bob', account: 'checking' });
    expect(check.text).toBe('Just to be sure, the amount is $50.00: fifty, not fifteen. Is that right?');
    expect((await say('No')).text).toBe('How much would you like to send to Bob Carter?');
    expect((await say('ProvideAmount', { amount: '15' })).text).toMatch(/: fifteen, not fifty\. Is that right\?$/);
    expect((await say('Yes')).text).toMatch(/The amount is \$15\.00\. Shall I send it\?$/);
  });

  it('double-checks an amount over the threshold', async () => {
    const check = await say('Transfer', { amount: '600', payee: 'Bob', account: 'savings' });
    expect(check.text).toBe("That's a large amount. The amount is $600.00. Are you sure?");
  });

  it('lets the customer change the amount before confirming ("no, make it sixty-five")', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    const changed = await say('Transfer', { amount: '65' });
    expect(changed.text).toMatch(/to Bob Carter, .* The amount is \$65\.00\. Shall I send it\?$/);
  });

  it('lets the customer change the payee before confirming', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    const changed = await say('ProvidePayee', { payee: 'Maria' });
    expect(changed.text).toMatch(/^You're sending money to Maria Garcia, account ending in 5566/);
  });

  it('asks what to change when the read-back is denied, and sends nothing when the answer is no again', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    expect((await say('No')).text).toBe('Okay. What should I change? You can say a new amount, another payee, or another account to send from. Or say cancel.');
    expect((await say('No')).text).toBe("Okay, I won't send it. Nothing was sent. Is there anything else?");
    // A yes now answers "Is there anything else?": it never revives the transfer.
    expect((await say('Yes')).text).toBe('Sure. What else would you like to do?');
    expect((await say('Yes')).text).toMatch(/^There's nothing waiting for a yes/);
    expect(transfersMade()).toBe(0);
  });

  const steps: [string, Parameters<SayTransfer>[]][] = [
    ['the amount', [['Transfer', { payee: 'Bob' }]]],
    ['the payee choice', [['Transfer', { amount: '42', payee: 'Anna' }]]],
    ['the source account', [['Transfer', { amount: '42', payee: 'Bob' }]]],
    ['the amount check', [['Transfer', { amount: '50', payee: 'Bob', account: 'checking' }]]],
    ['the read-back', [['Transfer', { amount: '42', payee: 'Bob', account: 'checking' }]]],
    ['the PIN', [['Transfer', { amount: '42', payee: 'Bob', account: 'checking' }], ['Yes']]],
  ];
  it.each(steps)('cancels at %s, moves nothing, and asks what else', async (_step, turns) => {
    for (const [intent, slots] of turns) await say(intent, slots);
    const before = balanceOf('checking');
    const reply = await say('Cancel');
    expect(reply.text).toBe("Okay, I've cancelled that. Nothing was sent. Is there anything else?");
    expect(reply.endsSession).toBe(false);
    expect(balanceOf('checking')).toBe(before);
    expect(transfersMade()).toBe(0);
  });

  it.each(steps)('stops at %s, moves nothing, and ends', async (_step, turns) => {
    for (const [intent, slots] of turns) await say(intent, slots);
    const before = balanceOf('checking');
    const reply = await say('Stop');
    expect(reply.text).toBe("Okay, I've cancelled that. Nothing was sent.");
    expect(reply.endsSession).toBe(true);
    expect(balanceOf('checking')).toBe(before);
    expect(transfersMade()).toBe(0);
  });

  it('refuses more than the account holds, and waits for a smaller amount or another account', async () => {
    skill = startSkill({ env: { TRANSFER_MAX: '5000.00', TRANSFER_DAILY_MAX: '5000.00' } });
    say = transferSpeaker(skill, platform, 'USD');
    const reply = await say('Transfer', { amount: '3000', payee: 'Bob', account: 'checking' });
    expect(reply.text).toBe(
      "There isn't enough money in your checking account ending in 4321 for that, so nothing was sent. You can say a smaller amount, or another account to send it from.",
    );
    expect(reply.endsSession).toBe(false);
    expect(transfersMade()).toBe(0);
    expect((await say('ProvideAmount', { amount: '100' })).text).toMatch(/^You're sending money to Bob Carter, account ending in 1209, from your checking account ending in 4321\. The amount is \$100\.00\./);
  });

  it('says the limit first when an amount is over both the limit and the balance: no other account helps with a limit', async () => {
    const reply = await say('Transfer', { amount: '3000', payee: 'Bob', account: 'checking' });
    expect(reply.text).toMatch(/^That's over your limit for one voice transfer, so nothing was sent\. The most you can send by voice at once is \$1,000\.00\./);
    expect(reply.text).not.toMatch(/enough money|another account/);
    expect(transfersMade()).toBe(0);
  });

  it('takes another account for the amount the first could not cover, and sends it from there', async () => {
    skill = startSkill({ env: { TRANSFER_MAX: '5000.00', TRANSFER_DAILY_MAX: '5000.00' } });
    say = transferSpeaker(skill, platform, 'USD');
    const [savings, checking] = [balanceOf('savings'), balanceOf('checking')];
    expect((await say('Transfer', { amount: '3000', payee: 'Bob', account: 'checking' })).text).toMatch(/^There isn't enough money in your checking account ending in 4321 for that, so nothing was sent\./);
    const moved = await say('ProvideAccount', { from: 'savings' });
    expect(moved.text).toBe("Okay, from your savings account ending in 8765. That's a large amount. The amount is $3,000.00. Are you sure?");
    await say('Yes');
    expect((await say('Yes')).text).toBe('Please say your four-digit voice PIN.');
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\. Your transfer to Bob Carter/);
    expect(balanceOf('savings')).toBe(savings - 300000);
    expect(balanceOf('checking')).toBe(checking);
  });

  it('waits for a smaller amount above the per-transfer limit, saying the limit', async () => {
    const reply = await say('Transfer', { amount: '1200', payee: 'Bob', account: 'savings' });
    expect(reply.text).toBe(
      "That's over your limit for one voice transfer, so nothing was sent. The most you can send by voice at once is $1,000.00. You can say a smaller amount, or cancel and use your banking app.",
    );
    expect((await say('ProvideAmount', { amount: '950' })).text).toMatch(/^That's a large amount\./);
    expect(transfersMade()).toBe(0);
  });

  it('keeps the daily limit across transfers, and ends the transfer once no amount is left for the day', async () => {
    for (const amount of ['900', '900']) {
      expect((await say('TransferOwn', { amount, from: 'savings', to: 'checking' })).text).toMatch(/^That's a large amount\./);
      await say('Yes');
      await say('Yes');
      expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\./);
    }
    const third = await say('TransferOwn', { amount: '300', from: 'savings', to: 'checking' });
    expect(third.text).toBe("That's over your daily limit for voice transfers, so nothing was sent. You can still send $200.00 by voice today. You can say a smaller amount, or cancel and use your banking app.");
    expect((await say('ProvideAmount', { amount: '200' })).text).toMatch(/^You're sending money to your checking account ending in 4321, from your savings account ending in 8765\. The amount is \$200\.00\./);
    await say('Yes');
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\./);
    const fourth = await say('TransferOwn', { amount: '1', from: 'savings', to: 'checking' });
    expect(fourth.text).toBe("That's over your daily limit for voice transfers, so nothing was sent. Please use your banking app for this one. Is there anything else?");
    expect(fourth.endsSession).toBe(false);
  });

  it('repeats the question with what is known so far, helps, and starts over at any step', async () => {
    const first = await say('Transfer', { amount: '42', payee: 'Anna' });
    expect((await say('Repeat')).text).toBe(`So far: $42.00. ${first.text}`);
    expect((await say('Help')).text).toBe(`I'm helping you send money. Say the full name of the one you mean, or say the first one or the second one. You can also say start over, or cancel. ${first.text}`);
    expect((await say('StartOver')).text).toBe("Okay, let's start again. How much would you like to send?");
  });

  it('explains after two answers it cannot use, and gives up after the third', async () => {
    await say('Transfer', { payee: 'Bob' });
    expect((await say('Fallback')).text).toBe("Sorry, I didn't get that. How much would you like to send to Bob Carter?");
    expect((await say('Fallback')).text).toBe(
      "I'm having trouble understanding. Say an amount, like fifty dollars. Or say cancel to stop. How much would you like to send to Bob Carter?",
    );
    expect((await say('Fallback')).text).toBe("Let's stop here. Nothing was sent. You can start again any time.");
    expect(transfersMade()).toBe(0);
  });

  it('lists the payees', async () => {
    expect((await say('ListPayees')).text).toBe(
      'Your payees are Anna Schmidt, Anna Lee, Bob Carter, Maria Garcia, and City Power and Light. Is there anything else?',
    );
  });
});

describe('quick replies on Dialogflow text channels', () => {
  it('offers the Annas as choices', async () => {
    skill = startSkill();
    const reply = await skill.dialogflow('Transfer', { amount: { amount: 42, currency: 'USD' }, payee: 'Anna' }, { token: 'demo', source: 'facebook' });
    expect(reply.body.fulfillmentMessages).toContainEqual({ quickReplies: { title: 'Which one: Anna Schmidt or Anna Lee?', quickReplies: ['Anna Schmidt', 'Anna Lee'] } });
  });
});
