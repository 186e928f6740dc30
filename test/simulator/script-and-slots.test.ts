import type { Payee } from '../../fulfillment/banks/bank-types';
import { payeeId } from '../../fulfillment/kit/ids';
import { withPayees } from '../../skill/simulator/dynamic-values';
import { findValues, recogniseBuiltin } from '../../skill/simulator/entities';
import { alexaRequest, dialogflowRequest, type SlotTypes } from '../../skill/simulator/platform-request';
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
  const types: SlotTypes = {
    AMOUNT: { kind: 'builtin', alexa: 'AMAZON.NUMBER', dialogflow: 'sys.unit-currency', samples: { 'en-US': [], 'en-GB': [], 'de-DE': [] } },
  };
  const fifty = recogniseBuiltin('sys.unit-currency', 'transfer 50 dollars to Anna', 'en-US')[0] ?? { start: 0, end: 0, text: 'nothing recognised' };
  const understanding = { intent: 'Balance' as const, score: 1, slots: { amount: { type: 'AMOUNT', ...fifty } } };
  const session = { id: 's', isNew: false };

  it('sends an amount of money to Dialogflow as unit-currency {amount, currency}', () => {
    expect(dialogflowRequest(understanding, 'transfer 50 dollars to Anna', 'en-US', session, types)).toMatchObject({ queryResult: { parameters: { amount: { amount: 50, currency: 'USD' } } } });
  });

  it('sends it to Alexa as the number slot value', () => {
    expect(alexaRequest(understanding, 'en-US', session, types)).toMatchObject({ request: { intent: { slots: { amount: { name: 'amount', value: '50' } } } } });
  });
});

describe('custom slot values in typed text', () => {
  const payees = ['en-US', 'en-GB', 'de-DE'].map((l) => [l, [{ id: 'p-1', synonyms: ['anna schmidt', 'anna'] }, { id: 'p-2', synonyms: ['anna lee', 'anna'] }]]);
  const types: SlotTypes = { PAYEE: { kind: 'custom', alexa: 'PAYEE', dialogflow: 'Payee', values: Object.fromEntries(payees) } };

  it('resolve to no id when the words name two values, so the skill has to ask which', () => {
    expect(findValues('send 50 dollars to anna', 'en-US', types)).toEqual([{ type: 'PAYEE', start: 19, end: 23, text: 'anna' }]);
  });

  it('resolve to the one value the longer words name', () => {
    expect(findValues('send it to Anna Lee please', 'en-US', types)).toEqual([{ type: 'PAYEE', start: 11, end: 19, text: 'Anna Lee', id: 'p-2' }]);
  });
});

describe("a customer's payees as dynamic slot values", () => {
  const payees: Payee[] = [{ id: payeeId('p-1'), name: 'Anna Schmidt', last4: '1111' }, { id: payeeId('p-2'), name: 'Anna Lee', last4: '2222' }];
  const types: SlotTypes = { PAYEE: { kind: 'custom', alexa: 'PAYEE', dialogflow: 'Payee', dynamic: true, values: { 'en-US': [], 'en-GB': [], 'de-DE': [] } } };

  it('are reached by full name or by one name, and a shared first name names neither', () => {
    const filled = withPayees(payees, types);
    expect(findValues('pay Anna Lee', 'en-GB', filled)).toMatchObject([{ id: 'p-2' }]);
    expect(findValues('pay Schmidt', 'de-DE', filled)).toMatchObject([{ id: 'p-1' }]);
    expect(findValues('pay Anna', 'en-US', filled)).toEqual([{ type: 'PAYEE', start: 4, end: 8, text: 'Anna' }]);
  });
});

describe('dates in typed text', () => {
  const types: SlotTypes = {
    PERIOD: { kind: 'builtin', alexa: 'AMAZON.DATE', dialogflow: 'sys.date-period', samples: { 'en-US': [], 'en-GB': [], 'de-DE': [] } },
  };
  const [lastMonth] = findValues('what did i spend last month', 'en-US', types);
  const understanding = { intent: 'Balance' as const, score: 1, slots: { period: lastMonth ?? { type: 'PERIOD', start: 0, end: 0, text: 'nothing recognised' } } };
  const session = { id: 's', isNew: false };

  it('reach Alexa as an AMAZON.DATE value and Dialogflow as a date period', () => {
    expect(lastMonth?.text).toBe('last month');
    const alexa = alexaRequest(understanding, 'en-US', session, types) as { request: { intent: { slots: { period: { value: string } } } } };
    const dialogflow = dialogflowRequest(understanding, 'what did i spend last month', 'en-US', session, types) as { queryResult: { parameters: { period: { startDate: string; endDate: string } } } };
    const { startDate, endDate } = dialogflow.queryResult.parameters.period;
    expect(alexa.request.intent.slots.period.value).toBe(startDate.slice(0, 7));
    expect(startDate < endDate).toBe(true);
  });
});
