import { recogniseBuiltin } from '../../skill/simulator/entities';
import { alexaRequest, dialogflowRequest } from '../../skill/simulator/platform-request';
import { trainUnderstanding, type LocalUnderstanding } from '../../skill/simulator/understand';

let nlu: LocalUnderstanding;
beforeAll(async () => {
  nlu = await trainUnderstanding();
});

const session = { id: 'sim-1', isNew: true, token: 'demo' };

describe('local understanding trained from the interaction model', () => {
  it('hears a balance question with its account slot in every locale', async () => {
    expect(await nlu.understand('what is my savings balance', 'en-US')).toMatchObject({ intent: 'Balance', slots: { account: { id: 'savings', text: 'savings' } } });
    expect(await nlu.understand('how much have i got in my current account', 'en-GB')).toMatchObject({ intent: 'Balance', slots: { account: { id: 'checking' } } });
    expect(await nlu.understand('wie viel ist auf dem sparkonto', 'de-DE')).toMatchObject({ intent: 'Balance', slots: { account: { id: 'savings' } } });
  });

  it('sends text it does not understand to the fallback intent, as the platforms do', async () => {
    expect((await nlu.understand('book me a table for two tonight', 'en-US')).intent).toBe('Fallback');
    expect((await nlu.understand('wie wird das wetter morgen', 'de-DE')).intent).toBe('Fallback');
  });

  it('understands the platforms built-in intents: help, yes, no, stop', async () => {
    expect((await nlu.understand('what can i say', 'en-US')).intent).toBe('Help');
    expect((await nlu.understand('yes please', 'en-GB')).intent).toBe('Yes');
    expect((await nlu.understand('nein danke', 'de-DE')).intent).toBe('No');
    expect((await nlu.understand('goodbye', 'en-US')).intent).toBe('Stop');
  });
});

describe('the platform request a typed line becomes', () => {
  it('is an Alexa IntentRequest with the slot as heard and its entity resolution id', async () => {
    const request = alexaRequest(await nlu.understand("what's my checking balance", 'en-US'), 'en-US', session);
    expect(request).toMatchObject({
      session: { new: true, sessionId: 'sim-1', user: { accessToken: 'demo' } },
      request: {
        type: 'IntentRequest',
        intent: { name: 'BalanceIntent', slots: { account: { value: 'checking', resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: 'checking' } }] }] } } } },
      },
    });
  });

  it('is a Dialogflow WebhookRequest with the entity value as parameter and the typed text', async () => {
    const request = dialogflowRequest(await nlu.understand('kontostand vom sparkonto', 'de-DE'), 'kontostand vom sparkonto', 'de-DE', session);
    expect(request).toMatchObject({
      queryResult: { queryText: 'kontostand vom sparkonto', intent: { displayName: 'Balance' }, parameters: { account: 'savings' }, languageCode: 'de' },
      originalDetectIntentRequest: { payload: { user: { accessToken: 'demo' } } },
    });
  });

  it('opens the skill with a LaunchRequest on Alexa and the welcome intent on Dialogflow', async () => {
    const hello = await nlu.understand('open voice bank', 'en-US');
    expect(alexaRequest(hello, 'en-US', session)).toMatchObject({ request: { type: 'LaunchRequest' } });
    expect(dialogflowRequest(hello, 'open voice bank', 'en-US', session)).toMatchObject({ queryResult: { intent: { displayName: 'Default Welcome Intent' } } });
  });
});

describe('money, numbers and dates in typed text', () => {
  it('are read by Recognizers-Text in English and German, with the currency the words name', () => {
    expect(recogniseBuiltin('sys.unit-currency', 'transfer 50 dollars to Anna', 'en-US')).toMatchObject([{ text: '50 dollars', value: '50', currency: 'USD' }]);
    expect(recogniseBuiltin('sys.unit-currency', 'send twenty pounds fifty to Anna', 'en-GB')).toMatchObject([{ value: '20.5', currency: 'GBP' }]);
    expect(recogniseBuiltin('sys.unit-currency', 'überweise 20,50 Euro an Anna', 'de-DE')).toMatchObject([{ value: '20.5', currency: 'EUR' }]);
    expect(recogniseBuiltin('sys.number', 'the second one', 'en-US').map((f) => f.value)).not.toContain('50');
    expect(recogniseBuiltin('sys.number', 'ich möchte 20', 'de-DE')).toMatchObject([{ value: '20' }]);
  });
});
