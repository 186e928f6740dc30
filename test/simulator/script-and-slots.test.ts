import type { Payee } from '../../fulfillment/banks/bank-types';
import { payeeId } from '../../fulfillment/kit/ids';
import { payeeValues } from '../../skill/simulator/dynamic-values';
import { alexaPlatformModel } from '../../skill/simulator/platforms/alexa-model';
import { annotatedContexts } from '../../skill/simulator/platforms/platform-model';
import { alexaRequest, dialogflowRequest } from '../../skill/simulator/platform-request';
import type { Understanding } from '../../skill/simulator/understand';
import { findValues, type CustomTypes } from '../../skill/simulator/values/find-values';
import { answerMatches, parseScript } from '../../skill/simulator/script';

describe('a conversation script', () => {
  it('reads its title, locale, token and turns', () => {
    const script = parseScript('# Balance in German\nlocale: de-DE\ntoken: demo-de\nU: kontostand\nA: Auf deinem...\n', 'x.conversation');
    expect(script).toMatchObject({ title: 'Balance in German', locale: 'de-DE', token: 'demo-de', turns: [{ user: 'kontostand', expected: 'Auf deinem...', line: 4 }] });
  });

  it('reads settings for the skill and steps at the bank between turns', () => {
    const source = '# App approval\ntoken: demo\nenv: TRANSFER_STEP_UP=app\nU: send 20 dollars to bob\nA: ...\napp: approve\nU: continue\nA: Done...\nsent: 1\n';
    const script = parseScript(source, 'x.conversation');
    expect(script.env).toEqual({ TRANSFER_STEP_UP: 'app' });
    expect(script.steps).toEqual([
      { user: 'send 20 dollars to bob', expected: '...', line: 4 },
      { app: 'approve', line: 6 },
      { user: 'continue', expected: 'Done...', line: 7 },
      { sent: 1, line: 9 },
    ]);
    expect(script.turns).toHaveLength(2);
    expect(() => parseScript('app: maybe\n', 'bad.conversation')).toThrow('bad.conversation:1: app: takes approve or refuse');
    expect(() => parseScript('sent: one\n', 'bad.conversation')).toThrow('sent: takes a number');
    expect(() => parseScript('env: lower=1\n', 'bad.conversation')).toThrow('env: takes NAME=value');
  });

  it('says where a malformed script goes wrong', () => {
    expect(() => parseScript('U: one\nU: two\n', 'bad.conversation')).toThrow('bad.conversation:2: two U: lines');
    expect(() => parseScript('A: hello\n', 'bad.conversation')).toThrow('bad.conversation:1: an A: line with no U:');
    expect(() => parseScript('locale: fr-FR\n', 'bad.conversation')).toThrow('unknown locale fr-FR');
    expect(() => parseScript('U: hello\n', 'bad.conversation')).toThrow('the last U: has no A:');
  });

  it('matches answers exactly, or around "..." for any text, whatever the spaces', () => {
    expect(answerMatches('Goodbye.', 'Goodbye.')).toBe(true);
    expect(answerMatches('Goodbye.', 'Goodbye. See you.')).toBe(false);
    expect(answerMatches('Your savings account has...', 'Your savings account has $1.00.')).toBe(true);
    expect(answerMatches('...8.000,00 €...', 'Auf deinem Sparkonto sind 8.000,00\u00a0€.')).toBe(true);
    expect(answerMatches('...$50.00...Anna Lee', 'Send $50.00 to Anna Schmidt?')).toBe(false);
  });
});

describe('built-in slot types in the platform request', () => {
  const [fifty] = findValues('transfer 50 dollars to Anna', 'en-US', {});
  const understanding: Understanding = {
    intent: 'Transfer',
    platformIntent: 'Transfer',
    score: 1,
    slots: fifty ? { amount: fifty } : {},
    slotTypes: { amount: '@sys.unit-currency', payee: '@Payee' },
  };
  const session = { id: 's', isNew: false };

  it('sends an amount of money to Dialogflow as unit-currency {amount, currency}, and an unfilled parameter as ""', () => {
    expect(dialogflowRequest(understanding, 'transfer 50 dollars to Anna', 'en-US', session)).toMatchObject({ queryResult: { parameters: { amount: { amount: 50, currency: 'USD' }, payee: '' } } });
  });

  it('sends it to Alexa as the number slot value', () => {
    const alexa = { ...understanding, platformIntent: 'TransferIntent', slotTypes: { amount: 'AMAZON.NUMBER', payee: 'PAYEE' } };
    expect(alexaRequest(alexa, 'en-US', session)).toMatchObject({ request: { intent: { slots: { amount: { name: 'amount', value: '50' }, payee: { name: 'payee' } } } } });
  });
});

describe('custom slot values in typed text', () => {
  const types: CustomTypes = { PAYEE: [{ id: 'p-1', synonyms: ['anna schmidt', 'anna'] }, { id: 'p-2', synonyms: ['anna lee', 'anna'] }] };

  it('resolve to no id when the words name two values, so the skill has to ask which', () => {
    expect(findValues('send it to anna', 'en-US', types)).toEqual([{ type: 'PAYEE', start: 11, end: 15, text: 'anna' }]);
  });

  it('resolve to the one value the longer words name', () => {
    expect(findValues('send it to Anna Lee please', 'en-US', types)).toEqual([{ type: 'PAYEE', start: 11, end: 19, text: 'Anna Lee', id: 'p-2' }]);
  });
});

describe("a customer's payees as the skill teaches them to each platform", () => {
  const payees: Payee[] = [{ id: payeeId('pay-1'), name: 'Anna Schmidt', last4: '1111' }, { id: payeeId('pay-2'), name: 'Anna Lee', last4: '2222' }];

  it('reach Alexa with opaque ids by position and Dialogflow with the display name as the value, never the bank id', () => {
    expect(findValues('pay Anna Lee', 'en-GB', payeeValues('alexa', payees))).toMatchObject([{ type: 'PAYEE', id: 'payee-2' }]);
    expect(findValues('pay Anna Lee', 'en-GB', payeeValues('dialogflow', payees))).toMatchObject([{ type: '@Payee', id: 'Anna Lee' }]);
  });

  it('teach a first name two payees share as a value of its own, never as either payee', () => {
    expect(findValues('pay Anna', 'en-US', payeeValues('dialogflow', payees))).toEqual([{ type: '@Payee', start: 4, end: 8, text: 'Anna', id: 'Anna' }]);
    expect(findValues('pay Anna', 'en-US', payeeValues('alexa', payees))).toMatchObject([{ type: 'PAYEE', text: 'Anna', id: 'payee-name-1' }]);
  });

  it('teach a last name only one payee has as that payee', () => {
    expect(findValues('lee', 'en-US', payeeValues('alexa', payees))).toMatchObject([{ type: 'PAYEE', id: 'payee-2' }]);
    expect(findValues('lee', 'en-US', payeeValues('dialogflow', payees))).toMatchObject([{ type: '@Payee', id: 'Anna Lee' }]);
    expect(findValues('schmidt', 'en-US', payeeValues('dialogflow-cx', payees))).toMatchObject([{ type: '@Payee', id: 'Anna Schmidt' }]);
  });
});

describe('dates in typed text', () => {
  const now = new Date('2026-11-20T15:30:00Z');
  const [lastMonth] = findValues('what did i spend last month', 'en-US', {}, now);
  const understanding: Understanding = { intent: 'Spending', platformIntent: 'Spending', score: 1, slots: lastMonth ? { period: lastMonth } : {}, slotTypes: { period: '@sys.date-time' } };
  const session = { id: 's', isNew: false };

  it('reach Alexa as an AMAZON.DATE value and Dialogflow as a date period of the whole month', () => {
    expect(lastMonth?.text).toBe('last month');
    const alexa = alexaRequest({ ...understanding, platformIntent: 'SpendingIntent', slotTypes: { period: 'AMAZON.DATE' } }, 'en-US', session, now) as { request: { intent: { slots: { period: { value: string } } } } };
    const dialogflow = dialogflowRequest(understanding, 'what did i spend last month', 'en-US', session) as { queryResult: { parameters: { period: unknown } } };
    expect(alexa.request.intent.slots.period.value).toBe('2026-10');
    expect(dialogflow.queryResult.parameters.period).toEqual({ startDate: '2026-10-01T00:00:00Z', endDate: '2026-10-31T23:59:59Z' });
  });
});

describe('the words said before a slot in the samples', () => {
  it('never count another slot as a word: "top up my {to} from {from}" says only "from" before `from`', () => {
    const model = alexaPlatformModel(
      {
        invocationName: 'voice bank',
        intents: [{ name: 'TransferOwnIntent', slots: [{ name: 'from', type: 'ACCOUNT_TYPE' }, { name: 'to', type: 'ACCOUNT_TYPE' }], samples: ['top up my {to} from {from}', 'move it {to}{from}'] }],
        types: [],
      },
      'en-US',
    );
    const own = model.intents.find((i) => i.name === 'TransferOwnIntent');
    expect(own?.slotContexts['from']).toEqual(['from']);
    expect(own?.slotContexts['to']).toEqual(expect.arrayContaining(['up', 'my']));
    expect(own?.slotContexts['to']).not.toContain('from');
  });

  it('are the same for a Dialogflow training phrase, whose parts carry the slot', () => {
    const contexts = annotatedContexts([[{ text: 'top up my ' }, { text: 'checking', slot: 'to' }, { text: ' from ' }, { text: 'savings', slot: 'from' }]]);
    expect(contexts.slotContexts['from']).toEqual(['from']);
    expect(contexts.slotContexts['to']).toEqual(['up', 'my']);
    expect(contexts.slotLastWords['to']).toEqual({ up: 1 });
  });
});
