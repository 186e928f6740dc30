import { alexaRequest, dialogflowRequest } from '../../skill/simulator/platform-request';
import { localUnderstanding } from '../../skill/simulator/understand';
import { findValues } from '../../skill/simulator/values/find-values';

const nlu = localUnderstanding();
const session = { id: 'sim-1', isNew: true, token: 'demo' };

describe('local understanding trained from the generated platform models', () => {
  it('hears a balance question with its account slot in every locale, on both platforms', async () => {
    expect(await nlu.understand('what is my savings balance', 'alexa', 'en-US')).toMatchObject({ intent: 'Balance', platformIntent: 'BalanceIntent', slots: { account: { id: 'savings', text: 'savings' } } });
    expect(await nlu.understand('how much have i got in my current account', 'dialogflow', 'en-GB')).toMatchObject({ intent: 'Balance', slots: { account: { id: 'checking' } } });
    expect(await nlu.understand('wie viel ist auf dem sparkonto', 'dialogflow', 'de-DE')).toMatchObject({ intent: 'Balance', slots: { account: { id: 'savings' } } });
  });

  it('sends text it does not understand to the fallback intent, as the platforms do', async () => {
    expect(await nlu.understand('book me a table for two tonight', 'alexa', 'en-US')).toMatchObject({ intent: 'Fallback', platformIntent: 'AMAZON.FallbackIntent' });
    expect(await nlu.understand('wie wird das wetter morgen', 'dialogflow', 'de-DE')).toMatchObject({ intent: 'Fallback', platformIntent: 'Default Fallback Intent' });
  });

  it('hears a name it has never seen in the payee slot on Alexa, as Alexa does, and on Dialogflow, whose Payee entity has automated expansion', async () => {
    const charlie = await nlu.understand('send Charlie fifty dollars', 'alexa', 'en-US');
    expect(charlie).toMatchObject({ intent: 'Transfer', slots: { payee: { text: 'Charlie' }, amount: { value: '50' } } });
    expect(charlie.slots.payee?.id).toBeUndefined();
    expect(alexaRequest(charlie, 'en-US', session)).toMatchObject({
      request: { intent: { slots: { payee: { value: 'Charlie', resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_NO_MATCH' } }] } } } } },
    });
    expect(await nlu.understand('send my mom 20 dollars', 'alexa', 'en-US')).toMatchObject({ intent: 'Transfer', slots: { payee: { text: 'mom' } } });
    expect(await nlu.understand('to my landlord', 'alexa', 'en-GB')).toMatchObject({ intent: 'ProvidePayee', slots: { payee: { text: 'landlord' } } });
    expect(await nlu.understand('überweise meiner Mutter 20 Euro', 'alexa', 'de-DE')).toMatchObject({ intent: 'Transfer', slots: { payee: { text: 'Mutter' } } });
    expect(await nlu.understand('send Charlie fifty dollars', 'dialogflow', 'en-US')).toMatchObject({ intent: 'Transfer', slots: { payee: { text: 'Charlie' } } });
    expect(await nlu.understand('send Charlie fifty dollars', 'dialogflow-cx', 'en-US')).toMatchObject({ intent: 'Transfer', slots: { payee: { text: 'Charlie' } } });
  });

  it('never fills an amount with the digits said after "my pin is", as no sample has an amount there', async () => {
    for (const platform of ['alexa', 'dialogflow'] as const) {
      for (const text of ['my pin is 0950, move 20 dollars from checking to savings', 'move 20 dollars from checking to savings, my pin is 1234']) {
        const heard = await nlu.understand(text, platform, 'en-US');
        expect([heard.slots.number, heard.slots.cents, heard.slots.nextAmount]).toEqual([undefined, undefined, undefined]);
        expect(heard.slots.amount?.value ?? '20').toBe('20');
      }
    }
  });

  it('never reads a name in a question out of scope as a payee', async () => {
    for (const text of ['when did camus die', 'when was toyota created', 'where did abraham lincoln live']) {
      expect((await nlu.understand(text, 'alexa', 'en-US')).intent).toBe('Fallback');
    }
  });

  it('understands the built-in intents: help, yes, no, stop', async () => {
    expect((await nlu.understand('what can i say', 'dialogflow', 'en-US')).intent).toBe('Help');
    expect((await nlu.understand('yes please', 'alexa', 'en-GB')).intent).toBe('Yes');
    expect((await nlu.understand('nein danke', 'dialogflow', 'de-DE')).intent).toBe('No');
    expect((await nlu.understand('goodbye', 'alexa', 'en-US')).intent).toBe('Stop');
  });
});

describe('the platform request a typed line becomes', () => {
  it('is an Alexa IntentRequest with the slot as heard and its entity resolution id', async () => {
    const request = alexaRequest(await nlu.understand("what's my checking balance", 'alexa', 'en-US'), 'en-US', session);
    expect(request).toMatchObject({
      session: { new: true, sessionId: 'sim-1', user: { accessToken: 'demo' } },
      request: {
        type: 'IntentRequest',
        intent: { name: 'BalanceIntent', slots: { account: { value: 'checking', resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: 'checking' } }] }] } } } },
      },
    });
  });

  it("splits an amount with cents into Alexa's number slots, and never cuts off a third decimal", async () => {
    const slotsOf = async (text: string) => (await nlu.understand(text, 'alexa', 'en-US')).slots;
    expect(await slotsOf('send 10.50 dollars to bob')).toMatchObject({ amount: { value: '10' }, cents: { value: '50' } });
    expect(await slotsOf('send 10.5 dollars to bob')).toMatchObject({ amount: { value: '10' }, cents: { value: '50' } });
    expect(await slotsOf('send 10.999 dollars to bob')).toMatchObject({ amount: { value: '10' }, cents: { value: '999' } });
  });

  it('is a Dialogflow WebhookRequest with the entity value as parameter and the typed text', async () => {
    const request = dialogflowRequest(await nlu.understand('kontostand vom sparkonto', 'dialogflow', 'de-DE'), 'kontostand vom sparkonto', 'de-DE', session);
    expect(request).toMatchObject({
      queryResult: { queryText: 'kontostand vom sparkonto', intent: { displayName: 'Balance' }, parameters: { account: 'savings' }, languageCode: 'de' },
      originalDetectIntentRequest: { payload: { user: { accessToken: 'demo' } } },
    });
  });

  it('opens the skill with a LaunchRequest on Alexa and the welcome intent on Dialogflow', async () => {
    expect(alexaRequest(await nlu.understand('open my voice bank', 'alexa', 'en-US'), 'en-US', session)).toMatchObject({ request: { type: 'LaunchRequest' } });
    expect(dialogflowRequest(await nlu.understand('hello', 'dialogflow', 'en-US'), 'hello', 'en-US', session)).toMatchObject({ queryResult: { intent: { displayName: 'Default Welcome Intent' } } });
  });
});

describe('money, numbers and dates in typed text', () => {
  it('are read in English and German, with the currency the words name', () => {
    expect(findValues('transfer 50 dollars to Anna', 'en-US', {})).toMatchObject([{ type: 'money', text: '50 dollars', value: '50', currency: 'USD' }]);
    expect(findValues('send twenty pounds fifty to Anna', 'en-GB', {}).filter((f) => f.type === 'money')).toMatchObject([{ value: '20.5', currency: 'GBP' }]);
    expect(findValues('überweise 20,50 Euro an Anna', 'de-DE', {})).toMatchObject([{ type: 'money', value: '20.50', currency: 'EUR' }]);
    expect(findValues('the second one', 'en-US', {}).map((f) => f.value)).toEqual(['2']);
    expect(findValues('ich möchte 20', 'de-DE', {})).toMatchObject([{ type: 'number', value: '20' }]);
  });
});
