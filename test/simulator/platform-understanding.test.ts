/**
 * Each platform's local understanding hears what that platform's shipped model teaches, and
 * nothing else: the intents the dialog expects, corrections, ordinals and answers, with the
 * slot values the platform would send.
 */
import type { Locale } from '../../fulfillment/kit/locale';
import type { SimulatedPlatform } from '../../skill/simulator/understand';
import { payeeValues } from '../../skill/simulator/dynamic-values';
import { alexaRequest, dialogflowRequest } from '../../skill/simulator/platform-request';
import { readDialogflowModel } from '../../skill/simulator/platforms/dialogflow-model';
import { localUnderstanding, trainPlatformUnderstanding } from '../../skill/simulator/understand';
import { payeeId } from '../../fulfillment/kit/ids';

const nlu = localUnderstanding();
const now = new Date('2026-11-20T15:30:00Z');
const platforms = ['alexa', 'dialogflow'] as const;
const session = { id: 's-1', isNew: false, token: 'demo' };
const heard = async (text: string, platform: SimulatedPlatform, locale: Locale) => nlu.understand(text, platform, locale, { now });
/** Where each platform puts an amount said without a currency: Alexa's number slot, Dialogflow's @sys.number (never its unit-currency). */
const bareAmountSlot = (platform: SimulatedPlatform) => (platform === 'alexa' ? 'amount' : 'number');

describe('one truth: the understanding trains only on what ships', () => {
  it('does not hear yes on a Dialogflow agent whose Yes intent has no training phrases', () => {
    const shipped = readDialogflowModel('en-US');
    const withoutYes = { ...shipped, intents: shipped.intents.map((i) => (i.intent === 'Yes' ? { ...i, samples: [], literal: [] } : i)) };
    expect(trainPlatformUnderstanding('dialogflow', 'en-US', shipped).understand('yes please').intent).toBe('Yes');
    expect(trainPlatformUnderstanding('dialogflow', 'en-US', withoutYes).understand('yes please').intent).not.toBe('Yes');
  });
});

describe('what Dialogflow has no built-ins for is trained in every locale', () => {
  it.each([
    ['en-US', ['yes', 'no', 'cancel', 'stop', 'help', 'say that again', 'start over', 'more'], ['Yes', 'No', 'Cancel', 'Stop', 'Help', 'Repeat', 'StartOver', 'More']],
    ['en-GB', ['yeah that is right', 'no thanks', 'never mind', 'goodbye', 'what can i say', 'repeat that', 'start again', 'tell me more'], ['Yes', 'No', 'Cancel', 'Stop', 'Help', 'Repeat', 'StartOver', 'More']],
    ['de-DE', ['ja', 'nein', 'abbrechen', 'tschüss', 'hilfe', 'wie bitte', 'von vorne', 'mehr'], ['Yes', 'No', 'Cancel', 'Stop', 'Help', 'Repeat', 'StartOver', 'More']],
  ] as const)('%s', async (locale, texts, intents) => {
    const got = await Promise.all(texts.map(async (t) => (await heard(t, 'dialogflow', locale)).intent));
    expect(got).toEqual(intents);
  });
});

describe('corrections, ordinals and answers, on both platforms', () => {
  it.each(platforms)('%s hears an amount correction as an amount, never as "no"', async (platform) => {
    for (const [text, locale] of [['no, make it sixty', 'en-US'], ['make it sixty', 'en-US'], ['actually sixty', 'en-GB'], ['sixty instead', 'en-US'], ['nein, mach sechzig daraus', 'de-DE'], ['lieber sechzig', 'de-DE']] as const) {
      const u = await heard(text, platform, locale);
      expect([u.intent, u.slots[bareAmountSlot(platform)]?.value]).toEqual([expect.stringMatching(/^(ProvideAmount|Transfer)$/), '60']);
    }
  });

  it.each(platforms)('%s hears a payee and an account correction', async (platform) => {
    const payees = payeeValues(platform, [{ id: payeeId('p-1'), name: 'Anna Schmidt', last4: '1' }, { id: payeeId('p-2'), name: 'Anna Lee', last4: '2' }]);
    expect(await nlu.understand('no, to Anna Schmidt', platform, 'en-US', { session: payees })).toMatchObject({ intent: 'ProvidePayee', slots: { payee: { text: 'Anna Schmidt' } } });
    expect(await heard('from savings instead', platform, 'en-US')).toMatchObject({ intent: 'ProvideAccount', slots: { from: { id: 'savings' } } });
    expect(await heard('vom Sparkonto', platform, 'de-DE')).toMatchObject({ intent: 'ProvideAccount', slots: { from: { id: 'savings' } } });
    expect(await heard('aufs Girokonto', platform, 'de-DE')).toMatchObject({ intent: 'ProvideAccount', slots: { to: { id: 'checking' } } });
  });

  it.each(platforms)('%s puts what a correction takes back in its own slot, never in the field', async (platform) => {
    const payees = payeeValues(platform, [{ id: payeeId('p-1'), name: 'Anna Schmidt', last4: '1' }, { id: payeeId('p-2'), name: 'Anna Lee', last4: '2' }]);
    for (const [text, locale, value] of [['not fifty, sixty', 'en-US', '60'], ['sixty, not fifty', 'en-GB', '60'], ['nicht fünfzig, sondern sechzig', 'de-DE', '60']] as const) {
      const u = await heard(text, platform, locale);
      expect([u.intent, u.slots[bareAmountSlot(platform)]?.value, u.slots['notAmount']?.value]).toEqual(['ProvideAmount', value, '50']);
    }
    const payee = await nlu.understand('not Anna Lee, Anna Schmidt', platform, 'en-US', { session: payees });
    expect(payee).toMatchObject({ intent: 'ProvidePayee', slots: { payee: { text: 'Anna Schmidt' }, notPayee: { text: 'Anna Lee' } } });
    expect(await heard('not from checking, from savings', platform, 'en-US')).toMatchObject({ intent: 'ProvideAccount', slots: { from: { id: 'savings' }, notAccount: { id: 'checking' } } });
    expect(await heard('nicht vom Girokonto, sondern vom Sparkonto', platform, 'de-DE')).toMatchObject({ intent: 'ProvideAccount', slots: { from: { id: 'savings' }, notAccount: { id: 'checking' } } });
    const alone = await heard('not fifty', platform, 'en-US');
    expect([alone.intent, alone.slots['notAmount']?.value, alone.slots[bareAmountSlot(platform)]]).toEqual(['ProvideAmount', '50', undefined]);
  });

  it.each(platforms)('%s takes back what is corrected in the same breath, and nothing in two values said together', async (platform) => {
    for (const [text, locale] of [['fifty... no, sixty', 'en-US'], ['fifty, sorry, sixty', 'en-GB'], ['fünfzig, nein, sechzig', 'de-DE'], ['fünfzig, ach nein, sechzig', 'de-DE']] as const) {
      const u = await heard(text, platform, locale);
      expect([text, u.intent, u.slots[bareAmountSlot(platform)]?.value, u.slots['notAmount']?.value]).toEqual([text, 'ProvideAmount', '60', '50']);
    }
    expect(await heard('from savings, no wait, checking', platform, 'en-US')).toMatchObject({ intent: 'ProvideAccount', slots: { notAccount: { id: 'savings' } } });
    const account = await heard('vom Sparkonto, ach nein, vom Girokonto', platform, 'de-DE');
    expect([account.slots['notAccount']?.id, account.slots['from']?.id ?? account.slots['account']?.id]).toEqual(['savings', 'checking']);
    // An intent with no slot for it drops what was taken back: the amount is the second.
    expect((await heard('pay bob fifty, no, sixty dollars', platform, 'en-US')).slots['amount']).toMatchObject({ value: '60' });
    // "Forty or fifty" leaves the choice open: two amounts in two slots, which the dialog asks
    // about, never forty pounds fifty.
    const either = await heard('forty or fifty quid', platform, 'en-GB');
    expect(either.slots['cents']).toBeUndefined();
    expect([...new Set(['amount', bareAmountSlot(platform), 'nextAmount'])].map((slot) => either.slots[slot]?.value).filter(Boolean).sort()).toEqual(['40', '50']);
    // A second amount of whole units is never cents; pence read as money still are.
    expect((await heard('20 euro plus 5 euro trinkgeld', platform, 'de-DE')).slots['cents']).toBeUndefined();
    if (platform === 'alexa') expect((await heard('five pounds and fifty pence', platform, 'en-GB')).slots['cents']).toMatchObject({ value: '50' });
    // Two values with no correction between them are both meant.
    const two = await heard('transfer 100 dollars from savings to checking', platform, 'en-US');
    expect([two.slots['from']?.id, two.slots['to']?.id, two.slots['notAccount']]).toEqual(['savings', 'checking', undefined]);
  });

  it.each(platforms)('%s hears a hesitation as Wait, never as a yes, a no or an answer', async (platform) => {
    for (const [text, locale] of [['hold on', 'en-US'], ['um', 'en-US'], ['hang on a minute', 'en-GB'], ['let me think', 'en-GB'], ['ähm', 'de-DE'], ['moment mal', 'de-DE']] as const) {
      expect([text, (await heard(text, platform, locale)).intent]).toEqual([text, 'Wait']);
    }
  });

  it.each(platforms)('%s hears an ordinal as the Choose intent', async (platform) => {
    for (const [text, locale, n] of [['the second one', 'en-US', '2'], ['the first', 'en-GB', '1'], ['die zweite', 'de-DE', '2'], ['den ersten', 'de-DE', '1']] as const) {
      expect(await heard(text, platform, locale)).toMatchObject({ intent: 'Choose', slots: { ordinal: { value: n } } });
    }
  });

  it.each(platforms)('%s hears the card payment options as they were offered', async (platform) => {
    for (const [text, locale, id] of [['the minimum', 'en-US', 'minimum'], ['the statement balance', 'en-GB', 'statement'], ['die Mindestzahlung', 'de-DE', 'minimum']] as const) {
      expect(await heard(text, platform, locale)).toMatchObject({ intent: 'PayCard', slots: { option: { id } } });
    }
  });

  it.each(platforms)('%s hears a PIN said or typed as the Pin intent, and a bare amount as an amount', async (platform) => {
    for (const [text, locale] of [['1234', 'en-US'], ['one two three four', 'en-GB'], ['eins zwei drei vier', 'de-DE']] as const) {
      expect(await heard(text, platform, locale)).toMatchObject({ intent: 'Pin', slots: { pin: { value: '1234' } } });
    }
    expect(await heard('sixty', platform, 'en-US')).toMatchObject({ intent: 'ProvideAmount', slots: { [bareAmountSlot(platform)]: { value: '60' } } });
    expect((await heard('sixty dollars', platform, 'en-US')).slots['amount']).toMatchObject({ value: '60' });
  });
});

describe('the request carries what the platform would send', () => {
  it('a Dialogflow payee is the session entity value, the display name, never the bank id', async () => {
    const payees = payeeValues('dialogflow', [{ id: payeeId('pay-alex-anna-l'), name: 'Anna Lee', last4: '7781' }]);
    const u = await nlu.understand('send 50 dollars to Anna Lee', 'dialogflow', 'en-US', { session: payees });
    expect(dialogflowRequest(u, 'send 50 dollars to Anna Lee', 'en-US', session)).toMatchObject({ queryResult: { parameters: { payee: 'Anna Lee', amount: { amount: 50, currency: 'USD' } } } });
  });

  it('a Dialogflow month is a date period from its first to its last day', async () => {
    const u = await heard('how much did i spend in october', 'dialogflow', 'en-US');
    expect(dialogflowRequest(u, 'how much did i spend in october', 'en-US', session)).toMatchObject({ queryResult: { parameters: { period: { startDate: '2026-10-01T00:00:00Z', endDate: '2026-10-31T23:59:59Z' } } } });
  });

  it('a Dialogflow merchant is its display name', async () => {
    const u = await heard('how much did i spend at blue bottle coffee', 'dialogflow', 'en-US');
    expect(dialogflowRequest(u, 'x', 'en-US', session)).toMatchObject({ queryResult: { parameters: { merchant: 'Blue Bottle Coffee' } } });
  });

  it('an Alexa amount with cents fills the amount and cents number slots', async () => {
    const u = await heard('überweise zwölf euro fünfzig an anna', 'alexa', 'de-DE');
    expect(alexaRequest(u, 'de-DE', session, now)).toMatchObject({ request: { intent: { name: 'TransferIntent', slots: { amount: { value: '12' }, cents: { value: '50' } } } } });
  });
});

describe('words a custom slot does not know', () => {
  const payees = payeeValues('alexa', [{ id: payeeId('pay-1'), name: 'Bob Carter', last4: '1209' }]);
  const understand = (text: string, platform: SimulatedPlatform, locale: Locale = 'en-US') => nlu.understand(text, platform, locale, { now, session: platform === 'alexa' ? payees : payeeValues('dialogflow', [{ id: payeeId('pay-1'), name: 'Bob Carter', last4: '1209' }]) });

  it('fill the slot on Alexa, with no value it resolves to, where a sample has the slot', async () => {
    expect((await understand('send fifty dollars to charlie', 'alexa')).slots['payee']).toMatchObject({ text: 'charlie' });
    expect((await understand('send fifty dollars to charlie', 'alexa')).slots['payee']?.id).toBeUndefined();
    expect((await understand('überweise zehn euro an charlie', 'alexa', 'de-DE')).slots['payee']).toMatchObject({ text: 'charlie' });
  });

  it('go to the slot whose samples say the same words before it: "send to" is a payee, "to my" an account or a payee', async () => {
    const spending = await understand('how much did i send to charlie last month', 'alexa');
    expect(spending.slots['payee']).toMatchObject({ text: 'charlie' });
    expect(spending.slots['merchant']).toBeUndefined();
    // "My mom" is someone to pay, not an account of one's own: the skill then names the payees there are.
    const mom = await understand('send ten dollars to my mom', 'alexa');
    expect(mom).toMatchObject({ intent: 'Transfer', slots: { payee: { text: 'mom' } } });
    expect(mom.slots['from']).toBeUndefined();
    const own = await understand('move ten dollars to my rainy day fund', 'alexa');
    expect(own).toMatchObject({ intent: 'TransferOwn', slots: { to: { text: 'rainy day fund' } } });
  });

  it('leave words every sample has alone, and a known value as it is', async () => {
    expect((await understand('send money to bob', 'alexa')).slots['payee']).toMatchObject({ text: 'bob', id: expect.any(String) });
    expect(Object.keys((await understand('transfer between my accounts', 'alexa')).slots)).toEqual([]);
  });

  it('are taken only where the samples have the slot followed by what follows them: "to initiate a transfer" names no account', async () => {
    for (const text of ['i want to initiate a transfer from one account to the other', 'i need my money to be moved']) {
      const u = await understand(text, 'alexa');
      expect(Object.values(u.slots).filter((v) => v.id === undefined && /^[A-Z_]+$/.test(v.type))).toEqual([]);
    }
  });

  it('fill the payee on Dialogflow, whose Payee entity has automated expansion, and no closed entity there', async () => {
    expect((await understand('send fifty dollars to charlie', 'dialogflow')).slots['payee']).toMatchObject({ text: 'charlie' });
    expect((await understand('send fifty dollars to charlie', 'dialogflow')).slots['payee']?.id).toBeUndefined();
    expect((await understand('what is the balance of my brokerage account', 'dialogflow')).slots['account']).toBeUndefined();
  });
});
