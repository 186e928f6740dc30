/**
 * The transfer dialog the way people talk, at the level of the intents and slots each platform
 * sends (the text-level stories are the conversation scripts): choosing by position,
 * corrections at the read-back, a question asked in the middle, cancel right after a transfer,
 * the PIN step, discreet mode's read-back, transfers between own accounts and card payments.
 */
import { startSkill, type TestSkill } from '../support/harness';
import { booksOf, speaker } from '../support/speaker';
import { transferSpeaker, type SayTransfer } from '../support/transfer-speaker';
import { standaloneDigits } from '../support/standalone-digits';

let skill: TestSkill;
const transfersMade = (token = 'demo') => [...booksOf(skill, token).transfers.values()].filter((t) => t.receipt.status !== 'cancelled').length;
const balanceOf = (kind: string, token = 'demo') => booksOf(skill, token).accounts.find((a) => a.kind === kind)?.balance.minor ?? NaN;
const statement = () => {
  const [card] = booksOf(skill, 'demo').statements;
  if (!card) throw new Error('the demo customer has a card statement');
  return card;
};
const dollars = (minor: number) => `$${(minor / 100).toFixed(2).replace(/\B(?=(\d{3})+\.)/g, ',')}`;
const pinFailures = async () => Number((await skill.store.get('pin:fail:cust-alex')) ?? '0');

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('on %s', (platform) => {
  let say: SayTransfer;
  beforeEach(() => {
    skill = startSkill();
    say = transferSpeaker(skill, platform, 'USD');
  });

  /** A number said alone, as the amount intent brings it: no currency on any platform. */
  const sayNumber = (value: string) => speaker(skill, platform)('ProvideAmount', { amount: value }, { amount: { amount: Number(value) } });

  it('takes "the second one" from the Annas it read out', async () => {
    expect((await say('Transfer', { amount: '42', payee: 'Anna', account: 'checking' })).text).toBe('Which one: Anna Schmidt or Anna Lee?');
    const picked = await say('Choose', { ordinal: '2' });
    expect(picked.text).toMatch(/^You're sending money to Anna Lee, account ending in 7781, .*The amount is \$42\.00\. Shall I send it\?$/);
  });

  it('takes "which one did I pay last?" to "which Anna?", heard as the latest payment, as choosing the Anna paid last', async () => {
    await say('Transfer', { amount: '12', payee: 'Anna Lee', account: 'checking' });
    await say('Yes');
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\./);
    expect((await say('Transfer', { amount: '42', payee: 'Anna', account: 'checking' })).text).toBe('Which one: Anna Schmidt or Anna Lee?');
    const chosen = await say('Spending', { latest: 'last' });
    expect(chosen.text).toMatch(/^You last sent money to Anna Lee today\. You're sending money to Anna Lee, account ending in 7781, .*The amount is \$42\.00\. Shall I send it\?$/);
    expect(transfersMade()).toBe(1);
  });

  it('says it did not get an answer whose value the platform did not hear, and asks the same question', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob' });
    expect((await say('ProvidePayee', {})).text).toMatch(/^Sorry, I didn't get that\. From which account: /);
  });

  it('takes a field named without a value at the read-back ("wrong amount") as the one to change, and asks for it', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    expect((await say('ProvideAmount', {})).text).toBe('How much would you like to send to Bob Carter?');
    expect((await say('ProvideAmount', { amount: '44' })).text).toMatch(/^You're sending money to Bob Carter, .*The amount is \$44\.00\. Shall I send it\?$/);
    expect((await say('ProvidePayee', {})).text).toBe('Who would you like to send money to?');
    expect(transfersMade()).toBe(0);
  });

  it('takes a bare number no larger than the list as a place on it, and keeps the amount', async () => {
    await say('Transfer', { amount: '42', payee: 'Anna' });
    expect((await sayNumber('2')).text).toMatch(/^From which account: /);
    expect((await sayNumber('1')).text).toMatch(/^You're sending money to Anna Lee, .*from your checking account ending in 4321\. The amount is \$42\.00\./);
  });

  it('takes a number with its currency, or one past the list, as a new amount at a question with a list', async () => {
    await say('Transfer', { amount: '42', payee: 'Anna' });
    await sayNumber('3');
    await say('Choose', { ordinal: '1' });
    expect((await say('ProvideAccount', { from: 'checking' })).text).toMatch(/^You're sending money to Anna Schmidt, .*The amount is \$3\.00\./);
  });

  it('says how many there are when the position is past the end of the list, and asks again', async () => {
    await say('Transfer', { amount: '42', payee: 'Anna', account: 'checking' });
    expect((await say('Choose', { ordinal: '4' })).text).toBe('There are only two. Which one: Anna Schmidt or Anna Lee?');
  });

  it('takes a new amount said at the read-back and reads the transfer back again before anything moves', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    const again = await say('ProvideAmount', { amount: '65' });
    expect(again.text).toBe("You're sending money to Bob Carter, account ending in 1209, from your checking account ending in 4321. The amount is $65.00. Shall I send it?");
    expect(transfersMade()).toBe(0);
    await say('Yes');
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\. Your transfer to Bob Carter is on its way\./);
    expect(balanceOf('checking')).toBe(245017 - 6500);
  });

  it('says the amount said again at the read-back is the one it has, whichever intent the platform heard ("make it {amount}" is a sample of both)', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    for (const intent of ['ProvideAmount', 'Transfer'] as const) {
      const again = await say(intent, { amount: '42' });
      expect(again.text).toBe("That's the amount I already have. You're sending money to Bob Carter, account ending in 1209, from your checking account ending in 4321. The amount is $42.00. Shall I send it?");
    }
    // A request that names more than the amount is a change, not the same answer.
    expect((await say('Transfer', { amount: '42', payee: 'Maria' })).text).toMatch(/^You're sending money to Maria Garcia, /);
    expect(transfersMade()).toBe(0);
  });

  it('after "no" at the read-back, takes the change and reads back the new transfer', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    expect((await say('No')).text).toMatch(/^Okay\. What should I change\?/);
    expect((await say('ProvidePayee', { payee: 'Maria Garcia' })).text).toMatch(/^You're sending money to Maria Garcia, account ending in 5566, .*\$42\.00/);
    expect((await say('ProvideAccount', { from: 'savings' })).text).toMatch(/from your savings account ending in 8765\. The amount is \$42\.00\./);
  });

  it('takes words for the destination of a move between own accounts that name no account ("to my mom") as a payee', async () => {
    expect((await say('TransferOwn', { amount: '10', to: 'mom' })).text).toBe(
      "I couldn't find a payee called mom. Your payees are Anna Schmidt, Anna Lee, Bob Carter, Maria Garcia, and City Power and Light. Who would you like to send money to?",
    );
    expect((await say('ProvidePayee', { payee: 'Bob' })).text).toMatch(/^From which account/);
  });

  it('makes a move between own accounts a transfer to the payee named instead ("no, to Bob"), keeping amount and source', async () => {
    await say('TransferOwn', { amount: '10', from: 'checking', to: 'savings' });
    expect((await say('ProvidePayee', { payee: 'Bob' })).text).toBe(
      "You're sending money to Bob Carter, account ending in 1209, from your checking account ending in 4321. The amount is $10.00. Shall I send it?",
    );
  });

  it('takes a bare number the platform heard as a PIN as the answer to "how much?"', async () => {
    expect((await say('Transfer', { payee: 'Bob', account: 'checking' })).text).toBe('How much would you like to send to Bob Carter?');
    expect((await say('Pin', { pin: '25' })).text).toMatch(/^You're sending money to Bob Carter, .*The amount is \$25\.00\./);
  });

  it('answers a balance question in the middle and returns to the transfer it interrupted', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    const balance = await say('Balance', { account: 'savings' });
    expect(balance.text).toBe(
      "Your savings account has $12,800.00. Now, back to your transfer. You're sending money to Bob Carter, account ending in 1209, from your checking account ending in 4321. The amount is $42.00. Shall I send it?",
    );
    expect(balance.endsSession).toBe(false);
    await say('Yes');
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\./);
    expect(transfersMade()).toBe(1);
  });

  it('returns to the transfer after a question in the middle whose answer is a problem, such as dates not understood', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    const dates = await say('Spending', { period: 'the day after never' });
    expect(dates.text).toBe(
      "Sorry, I didn't catch the dates. You can say things like last month, this week, or in October. Now, back to your transfer. You're sending money to Bob Carter, account ending in 1209, from your checking account ending in 4321. The amount is $42.00. Shall I send it?",
    );
    await say('Yes');
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\./);
    expect(transfersMade()).toBe(1);
  });

  it('takes an amount answer without its amount, outside a transfer, as not understood: the open question stays, no transfer starts', async () => {
    const ask = speaker(skill, platform);
    expect((await ask('LockCard', { card: 'debit card' })).text).toBe('Do you want me to lock your debit card ending in 5530? Please say yes or no.');
    const empty = await ask('ProvideAmount', {});
    expect(empty.text).toBe("Sorry, I didn't get that. Say yes to lock, so that no new payment goes through, or no to change nothing. Do you want me to lock your debit card ending in 5530? Please say yes or no.");
    expect((await ask('No')).text).toBe("Okay, I haven't changed anything. Is there anything else?");
    expect(transfersMade()).toBe(0);
  });

  it('returns to the PIN question after a question asked at the PIN step, and the PIN then sends', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    await say('Yes');
    expect((await say('ListPayees')).text).toMatch(/^Your payees are .*\. Now, back to your transfer\. Please say your four-digit voice PIN\.$/);
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\./);
  });

  it('sets the transfer aside for a card lock asked in the middle, and returns to it once the lock is answered', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    expect((await say('LockCard', { card: 'debit' })).text).toBe('Do you want me to lock your debit card ending in 5530? Please say yes or no.');
    const locked = await say('Yes');
    expect(locked.text).toBe(
      "Done. Your debit card ending in 5530 is now locked. Now, back to your transfer. You're sending money to Bob Carter, account ending in 1209, from your checking account ending in 4321. The amount is $42.00. Shall I send it?",
    );
    await say('Yes');
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\. Your transfer to Bob Carter/);
    expect(transfersMade()).toBe(1);
  });

  it('offers to undo the transfer when the customer says "cancel" right after it, and undoes it on yes', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    await say('Yes');
    await say('Pin', { pin: '1234' });
    expect(transfersMade()).toBe(1);
    expect((await say('Cancel')).text).toBe('Do you want me to cancel the transfer you just made? Say yes to cancel it, or no to keep it.');
    expect((await say('Yes')).text).toBe("I've cancelled your last transfer, the one to Bob Carter. The money is back in your account. Is there anything else?");
    expect(transfersMade()).toBe(0);
    expect(balanceOf('checking')).toBe(245017);
  });

  it('keeps the transfer when the customer declines the undo', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    await say('Yes');
    await say('Pin', { pin: '1234' });
    await say('Cancel');
    expect((await say('No')).text).toBe('Okay, your transfer stays as it is. Is there anything else?');
    expect(transfersMade()).toBe(1);
  });

  it('asks again for a PIN it did not hear, without counting it against the lock', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    await say('Yes');
    expect((await say('Pin', {})).text).toBe("Sorry, I didn't catch your PIN. Please say your four-digit voice PIN.");
    expect(await pinFailures()).toBe(0);
    expect((await say('Fallback')).text).toMatch(/^I'm having trouble understanding\. Say the four digits of your voice PIN\./);
    expect(await pinFailures()).toBe(0);
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\./);
  });

  it('takes four digits heard as a new amount at the read-back ("yes, 1234") as no amount: never spoken, nothing ended, nothing counted', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    const again = await sayNumber('1234');
    expect(again.text).toBe("If that was your PIN, say yes on its own first, and I'll ask for it right after. To change the amount, say it with the currency, like fifty dollars. You're sending money to Bob Carter, account ending in 1209, from your checking account ending in 4321. The amount is $42.00. Shall I send it?");
    expect(JSON.stringify(again.body)).not.toMatch(standaloneDigits('1234', '1,234'));
    expect(await pinFailures()).toBe(0);
    expect((await say('Yes')).text).toBe('Please say your four-digit voice PIN.');
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\./);
    expect(balanceOf('checking')).toBe(245017 - 4200);
  });

  it('takes four digits with their currency at the read-back as a new amount (here over the voice limit)', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    const again = await say('ProvideAmount', { amount: '1100', currency: 'USD' });
    expect(again.text).toBe(
      "Okay, $1,100.00. That's over your limit for one voice transfer, so nothing was sent. The most you can send by voice at once is $1,000.00. You can say a smaller amount, or cancel and use your banking app.",
    );
    expect(transfersMade()).toBe(0);
  });

  it('takes a number heard as an amount at the PIN step as the PIN, and never speaks it', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    await say('Yes');
    // Three digits the first time: all four are asked for, nothing checked or counted.
    const short = await sayNumber('950');
    expect(short.text).toBe('I heard only three digits. The amount is still $42.00. To send another amount, say it with its currency, like fifty dollars. Please say your four-digit voice PIN.');
    expect(JSON.stringify(short.body)).not.toMatch(/950/);
    expect(await pinFailures()).toBe(0);
    // The same three again: a PIN whose leading zero the number slot dropped, checked and counted.
    const wrong = await sayNumber('950');
    expect(wrong.text).toBe("That PIN isn't right. You have 2 tries left. To send another amount instead, say start over. Please say your PIN again.");
    expect(JSON.stringify(wrong.body)).not.toMatch(/950/);
    expect(await pinFailures()).toBe(1);
    expect((await sayNumber('1234')).text).toMatch(/^Done\./);
    expect(transfersMade()).toBe(1);
  });

  it('takes a PIN starting with zero, heard as three digits twice, as that PIN', async () => {
    skill = startSkill({ env: { SANDBOX_PIN: '0950' } });
    say = transferSpeaker(skill, platform, 'USD');
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    await say('Yes');
    expect((await sayNumber('950')).text).toMatch(/^I heard only three digits\./);
    expect((await sayNumber('950')).text).toMatch(/^Done\./);
    expect(transfersMade()).toBe(1);
  });

  it('asks for the whole PIN when two digits alone are heard at the PIN step ("twelve", a pause): never read back as an amount, never counted', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    await say('Yes');
    const half = await sayNumber('12');
    expect(half.text).toBe('I heard only two digits. I need all four digits together, in one go. The amount is still $42.00. To send another amount, say it with its currency, like fifty dollars. Please say your four-digit voice PIN.');
    expect(JSON.stringify(half.body)).not.toMatch(/\$12|12\.00/);
    expect((await sayNumber('34')).text).toMatch(/^I heard only two digits\./);
    expect(await pinFailures()).toBe(0);
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\./);
    expect(balanceOf('checking')).toBe(245017 - 4200);
  });

  it.each([
    ['an amount with its currency and cents', () => say('ProvideAmount', { amount: '25', cents: '50', currency: 'USD' }), '$25.50'],
    ['an amount with a decimal point', () => sayNumber('25.5'), '$25.50'],
  ])('takes %s at the PIN step as a new amount, read back before anything moves, not as a wrong PIN', async (_what, answer, spoken) => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    await say('Yes');
    const again = await answer();
    expect(again.text).toBe(`You're sending money to Bob Carter, account ending in 1209, from your checking account ending in 4321. The amount is ${spoken}. Shall I send it?`);
    expect(await pinFailures()).toBe(0);
    expect(transfersMade()).toBe(0);
    expect((await say('Yes')).text).toBe('Please say your four-digit voice PIN.');
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\./);
    expect(balanceOf('checking')).toBe(245017 - Number(spoken.replace(/\D/g, '')));
  });

  it.each([
    ['as an amount and its cents', () => speaker(skill, platform)('ProvideAmount', { amount: '12', cents: '34' }, { amount: { amount: 12 }, cents: 34 })],
    ['as a decimal number', () => sayNumber('12.34')],
  ])('asks again, digit by digit, for a PIN said in pairs ("twelve thirty four") and heard %s: never read back, never counted', async (_how, answer) => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    await say('Yes');
    const again = await answer();
    expect(again.text).toBe('Sorry, I need your PIN one digit at a time, like one, two, three, four. Please say your four-digit voice PIN.');
    expect(JSON.stringify(again.body)).not.toMatch(standaloneDigits('12\\.34', '1234', '\\$12'));
    expect(await pinFailures()).toBe(0);
    expect((await say('Pin', { pin: '1234' })).text).toMatch(/^Done\./);
    expect(balanceOf('checking')).toBe(245017 - 4200);
  });

  it('takes four digits heard as an amount without a currency at the PIN step as the PIN, and never reads them back', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    await say('Yes');
    const answer = await sayNumber('1234');
    expect(answer.text).toMatch(/^Done\./);
    expect(JSON.stringify(answer.body)).not.toMatch(standaloneDigits('1,234', '1234\\.00'));
    expect(transfersMade()).toBe(1);
    expect(balanceOf('checking')).toBe(245017 - 4200);
  });

  it('takes another payee or account said at the PIN step as a correction, read back before anything moves', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    await say('Yes');
    expect((await say('ProvidePayee', { payee: 'Maria Garcia' })).text).toMatch(/^You're sending money to Maria Garcia, .*Shall I send it\?$/);
    await say('Yes');
    expect((await say('ProvideAccount', { to: 'savings' })).text).toBe("You're sending money to your savings account ending in 8765, from your checking account ending in 4321. The amount is $42.00. Shall I send it?");
    expect(await pinFailures()).toBe(0);
    expect(transfersMade()).toBe(0);
  });

  it('takes an amount said with its currency at the PIN step as a correction, even in the second transfer\'s slot ("no wait, I want to send twenty dollars")', async () => {
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    await say('Yes');
    expect((await say('Transfer', { nextAmount: '20', currency: 'USD' })).text).toMatch(/^You're sending money to Bob Carter, .*The amount is \$20\.00\. Shall I send it\?$/);
    expect(await pinFailures()).toBe(0);
    expect(transfersMade()).toBe(0);
  });

  it('still reads back the amount being sent in discreet mode, while it keeps balances to itself', async () => {
    await say('DiscreetMode', { state: 'on' });
    await say('Transfer', { amount: '42', payee: 'Bob', account: 'checking' });
    const interrupted = await say('Balance', { account: 'savings' });
    expect(interrupted.text).not.toMatch(/12,800/);
    expect(interrupted.text).toMatch(/Now, back to your transfer\. You're sending money to Bob Carter, .*The amount is \$42\.00\. Shall I send it\?$/);
    const check = await say('ProvideAmount', { amount: '15' });
    expect(check.text).toBe("Just to be sure, the amount is $15.00: fifteen, not fifty. Is that right?");
  });

  it('answers "to which account?" with the account the money goes to, not the one it comes from', async () => {
    expect((await say('TransferOwn', {})).text).toBe('How much would you like to send?');
    expect((await say('ProvideAmount', { amount: '200' })).text).toMatch(/^To which account: /);
    const readBack = await say('ProvideAccount', { account: 'savings' });
    expect(readBack.text).toBe("You're sending money to your savings account ending in 8765, from your checking account ending in 4321. The amount is $200.00. Shall I send it?");
  });

  it('takes "the second one" at "to which account?"', async () => {
    await say('TransferOwn', { amount: '200' });
    expect((await say('Choose', { ordinal: '2' })).text).toMatch(/^You're sending money to your savings account ending in 8765, from your checking account ending in 4321\./);
  });

  it('pays the minimum on the credit card when the customer answers with the words it offered', async () => {
    expect((await say('PayCard', {})).text).toMatch(/^Would you like to pay the statement balance, the minimum payment, or another amount\?/);
    expect((await say('PayCard', { option: 'the minimum' })).text).toMatch(/^Okay, the minimum payment: \$35\.00\. From which account: /);
    const readBack = await say('ProvideAccount', { account: 'checking' });
    expect(readBack.text).toBe(`You're sending money to your credit card ending in 9012, from your checking account ending in 4321. You're paying the minimum payment: ${dollars(statement().minimumPayment.minor)}. Shall I send it?`);
  });

  it('pays the statement balance when the customer picks the first option', async () => {
    await say('PayCard', { account: 'checking' });
    expect((await say('Choose', { ordinal: '1' })).text).toContain(`to your credit card ending in 9012, from your checking account ending in 4321. You're paying your statement balance: ${dollars(statement().statementBalance.minor)}.`);
  });
});

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('auf Deutsch, on %s', (platform) => {
  let say: SayTransfer;
  beforeEach(() => {
    skill = startSkill();
    say = transferSpeaker(skill, platform, 'EUR', { token: 'demo-de', locale: 'de-DE' });
  });

  it('nimmt "die zweite" und eine Korrektur beim Vorlesen', async () => {
    expect((await say('Transfer', { amount: '42', payee: 'Anna', account: 'checking' })).text).toBe('Welche Anna meinst du: Anna Müller oder Anna Schneider?');
    expect((await say('Choose', { ordinal: '2' })).text).toMatch(/^Du überweist an Anna Schneider, Konto mit der Endung 1102, .*Der Betrag ist 42,00\s€\. Soll ich das überweisen\?$/);
    expect((await say('No')).text).toMatch(/^In Ordnung\. Was soll ich ändern\?/);
    expect((await say('ProvideAmount', { amount: '60' })).text).toMatch(/^Nur zur Sicherheit: Der Betrag ist 60,00\s€, also sechzig, nicht sechzehn\. Stimmt das\?$/);
  });

  it('beantwortet eine Frage zwischendurch und kehrt zur Überweisung zurück', async () => {
    await say('Transfer', { amount: '42', payee: 'Jonas', account: 'girokonto' });
    expect((await say('Balance', { account: 'sparkonto' })).text).toMatch(/^Auf deinem Sparkonto sind 8\.000,00\s€\. Jetzt zurück zu deiner Überweisung\. Du überweist an Jonas Weber/);
  });
});
