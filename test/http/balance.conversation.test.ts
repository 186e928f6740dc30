/**
 * Launch, balances, help, fallback and the unlinked case through both platforms' HTTP
 * endpoints. Expected figures are computed from the sandbox's books, not copied.
 */
import type { Account } from '../../fulfillment/banks/bank-types';
import { formatMoney } from '../../fulfillment/speech/money';
import { startSkill, type TestSkill } from '../support/harness';

let skill: TestSkill;
beforeEach(() => {
  skill = startSkill();
});

const seeded = (kind: Account['kind'], token = 'demo') => {
  const account = skill.sandbox.control.books(token)?.accounts.find((a) => a.kind === kind);
  if (!account) throw new Error(`no ${kind} account for ${token}`);
  return account;
};
const dollars = (kind: Account['kind']) => formatMoney(seeded(kind).balance, 'en-US');

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('on %s', (platform) => {
  const say = (intent: { alexa: string; dialogflow: string }, slots: Record<string, string> = {}, token: string | null = 'demo') =>
    platform === 'alexa'
      ? skill.alexa({ intent: intent.alexa, slots }, token ? { token } : {})
      : skill.dialogflow(intent.dialogflow, slots, token ? { token } : {});
  const BALANCE = { alexa: 'BalanceIntent', dialogflow: 'Balance' };

  it('greets the demo customer by name on launch and keeps listening', async () => {
    const reply = platform === 'alexa' ? await skill.alexa('launch', { token: 'demo' }) : await skill.dialogflow('Default Welcome Intent', {}, { token: 'demo' });
    expect(reply.text).toMatch(/^Welcome back, Alex\./);
    expect(reply.endsSession).toBe(false);
  });

  it('speaks the balance of every account', async () => {
    const reply = await say(BALANCE);
    expect(reply.text).toContain(`Your checking account has ${dollars('checking')}`);
    expect(reply.text).toContain(`your savings account has ${dollars('savings')}`);
    expect(reply.text).toContain(`your credit card balance is ${dollars('credit-card')}`);
    expect(dollars('checking')).toBe('$2,450.17');
  });

  it.each([
    ['savings', 'savings', 'Your savings account has', ''],
    ['checking', 'checking account', 'Your checking account has', ''],
    // A card's balance is what is owed; what can still be spent on it follows.
    ['credit-card', 'my credit card', 'Your credit card balance is', ' You have $3,452.79 of available credit.'],
  ] as const)('speaks only the %s balance when asked for "%s"', async (kind, words, opening, after) => {
    const reply = await say(BALANCE, { account: words });
    expect(reply.text).toBe(`${opening} ${dollars(kind)}.${after} Is there anything else?`);
  });

  it('offers help and keeps listening', async () => {
    const reply = await say({ alexa: 'AMAZON.HelpIntent', dialogflow: 'Help' }, {}, null);
    expect(reply.text).toMatch(/balance of all your accounts/);
    expect(reply.endsSession).toBe(false);
  });

  it('falls back politely on words it did not understand', async () => {
    const reply = await say({ alexa: 'AMAZON.FallbackIntent', dialogflow: 'Default Fallback Intent' });
    expect(reply.text).toMatch(/^Sorry, I didn't catch that\./);
    expect(reply.endsSession).toBe(false);
  });

  it('asks an unlinked customer to link, and says nothing about money', async () => {
    const reply = await say(BALANCE, {}, null);
    expect(reply.text).toMatch(/please link your bank account/);
    expect(reply.text).not.toMatch(/\$|balance is|has \d/);
    if (platform === 'alexa') expect((reply.body.response as { card?: { type: string } }).card?.type).toBe('LinkAccount');
    else expect(JSON.stringify(reply.body.payload)).toContain('actions.intent.SIGN_IN');
  });

  it('treats an unknown token as unlinked', async () => {
    const reply = await say(BALANCE, {}, 'stolen-or-stale-token');
    expect(reply.text).toMatch(/please link your bank account/);
  });

  it('answers another customer with their own figures', async () => {
    const reply = await say(BALANCE, { account: 'savings' }, 'demo-2');
    expect(reply.text).toContain(formatMoney(seeded('savings', 'demo-2').balance, 'en-US'));
    expect(reply.text).not.toContain(dollars('savings'));
  });

  it('names the accounts it has when asked for one it does not', async () => {
    const reply = await say(BALANCE, { account: 'bitcoin wallet' });
    expect(reply.text).toBe("I couldn't find an account called bitcoin wallet. You have your checking account, your savings account, or your credit card. Which one would you like?");
  });

  it('lists accounts by kind and last four digits', async () => {
    const reply = await say({ alexa: 'ListAccountsIntent', dialogflow: 'ListAccounts' });
    expect(reply.text).toBe(
      'You have 3 accounts: a checking account ending in 4321, a savings account ending in 8765, and a credit card ending in 9012. Is there anything else?',
    );
  });

  it('says goodbye on stop and on cancel', async () => {
    for (const intent of [{ alexa: 'AMAZON.StopIntent', dialogflow: 'Stop' }, { alexa: 'AMAZON.CancelIntent', dialogflow: 'Cancel' }]) {
      const reply = await say(intent);
      expect(reply.text).toBe('Goodbye.');
      expect(reply.endsSession).toBe(true);
    }
  });

  it('gives yes a sensible meaning when nothing is pending, and takes a no to what comes next as a goodbye', async () => {
    const yes = await say({ alexa: 'AMAZON.YesIntent', dialogflow: 'Yes' });
    expect(yes.text).toMatch(/^There's nothing waiting for a yes/);
    const no = await say({ alexa: 'AMAZON.NoIntent', dialogflow: 'No' });
    expect(no.text).toBe('Goodbye.');
    expect(no.endsSession).toBe(true);
  });

  it('ends on "no" after "anything else?", and goes on after "yes"', async () => {
    await say(BALANCE);
    const no = await say({ alexa: 'AMAZON.NoIntent', dialogflow: 'No' });
    expect(no.text).toBe('Goodbye.');
    await say(BALANCE);
    const yes = await say({ alexa: 'AMAZON.YesIntent', dialogflow: 'Yes' });
    expect(yes.text).toBe('Sure. What else would you like to do?');
  });
});

describe('Alexa specifics', () => {
  it('uses the resolved slot id when entity resolution matched a synonym', async () => {
    const reply = await skill.alexa({ intent: 'BalanceIntent', slots: { account: { value: 'rainy day fund', id: 'savings' } } }, { token: 'demo' });
    expect(reply.text).toBe(`Your savings account has ${dollars('savings')}. Is there anything else?`);
  });

  it('keeps session attributes empty', async () => {
    const reply = await skill.alexa({ intent: 'BalanceIntent' }, { token: 'demo' });
    expect(reply.body.sessionAttributes ?? {}).toEqual({});
  });

  it('answers a session end with no speech', async () => {
    const reply = await skill.alexa('end', { token: 'demo' });
    expect((reply.body.response as { outputSpeech?: unknown }).outputSpeech).toBeUndefined();
  });
});

describe('Dialogflow specifics', () => {
  it('keeps output contexts free of parameters', async () => {
    const reply = await skill.dialogflow('Balance', {}, { token: 'demo' });
    const contexts = reply.body.outputContexts as { name: string; parameters?: unknown }[];
    expect(contexts.length).toBeGreaterThan(0);
    for (const c of contexts) expect(c.parameters).toBeUndefined();
  });

  it('sends text and messages for a chat channel without the Google payload', async () => {
    const reply = await skill.dialogflow('Balance', {}, { token: 'demo', source: 'facebook' });
    expect(reply.body.payload).toBeUndefined();
    expect(reply.body.fulfillmentMessages).toEqual([{ text: { text: [reply.text] } }]);
  });
});
