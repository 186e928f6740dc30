/** Amounts as each platform hears them become exact money, never floats. */
import { amountFromSlots } from '../../fulfillment/transfers/amount';

const slots = (amount?: string, extra: Record<string, string> = {}, currency?: string) => ({
  ...(amount !== undefined ? { amount: currency ? { value: amount, currency } : { value: amount } } : {}),
  ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, { value: v }])),
});

it.each([
  ['"fifty dollars" (Alexa: 50)', slots('50'), 'USD', 5000],
  ['"fifty dollars and twenty cents" (Alexa: 50 and 20)', slots('50', { cents: '20' }), 'USD', 5020],
  ['"fifty dollars and five cents" (Alexa: 50 and 5)', slots('50', { cents: '5' }), 'USD', 5005],
  ['"12.50" (Dialogflow unit-currency 12.5 USD)', slots('12.5', {}, 'USD'), 'USD', 1250],
  ['"fünfzig Euro" (Alexa: 50)', slots('50'), 'EUR', 5000],
  ['"zwölf Euro fünfzig" (Alexa: 12 and 50)', slots('12', { cents: '50' }), 'EUR', 1250],
  ['"12,50" with a decimal comma', slots('12,50'), 'EUR', 1250],
  ['0.1 + 0.2 dollars as sent: 0.3', slots('0.3', {}, 'USD'), 'USD', 30],
  ['"a tenner" (Dialogflow: the entity value 10)', slots(undefined, { amountWord: '10' }), 'GBP', 1000],
  ['"a fiver" (Alexa with no resolution: the words)', slots(undefined, { amountWord: 'fiver' }), 'GBP', 500],
  ['"einen Fuffi"', slots(undefined, { amountWord: 'fuffi' }), 'EUR', 5000],
  ['"two tenners" (Alexa: 2 and tenners)', slots('2', { amountWord: 'tenners' }), 'GBP', 2000],
  ['"fifty cents" (Alexa: the cents alone)', slots(undefined, { centsAlone: '50' }), 'USD', 50],
  ['"5p" (Alexa: the cents alone)', slots(undefined, { centsAlone: '5' }), 'GBP', 5],
  ['"two grand"', slots('2', { amountWord: 'grand' }), 'USD', 200000],
  ['"half a grand" (0.5 and grand)', slots('0.5', { amountWord: 'grand' }), 'USD', 50000],
  ['"one point five grand"', slots('1.5', { amountWord: '1000' }), 'GBP', 150000],
  ['"zwei Riesen"', slots('2', { amountWord: 'riesen' }), 'EUR', 200000],
  ['"2.5 tenners"', slots('2.5', { amountWord: 'tenner' }), 'GBP', 2500],
  ['"a fiver fifty" (Dialogflow: 5 and the number 50): five fifty, never fifty fivers', slots('50', { amountWord: '5' }), 'GBP', 550],
  ['"a tenner twenty five"', slots('25', { amountWord: 'tenner' }), 'GBP', 1025],
  ['"ten tenners": a count of ten is still a count', slots('10', { amountWord: 'tenner' }), 'GBP', 10000],
  ['"fifty grand" is a count of thousands', slots('50', { amountWord: 'grand' }), 'USD', 5000000],
  ['"a tenner and fifty p" (Dialogflow: 10 and the pence alone)', slots(undefined, { amountWord: '10', centsAlone: '50' }), 'GBP', 1050],
  ['"a tenner and fifty p" (Dialogflow: 0.5 GBP and 10)', slots('0.5', { amountWord: '10' }, 'GBP'), 'GBP', 1050],
  ['"half a ton" (0.5 and ton)', slots('0.5', { amountWord: 'ton' }), 'GBP', 5000],
  ['"a pony"', slots(undefined, { amountWord: 'pony' }), 'GBP', 2500],
  ['"twenty tenners": a plural counts, never pence', slots('20', { amountWord: 'tenners' }), 'GBP', 20000],
  ['"fifteen fivers"', slots('15', { amountWord: 'fivers' }), 'USD', 7500],
  ['"two ponies"', slots('2', { amountWord: 'ponies' }), 'GBP', 5000],
  ['"a score"', slots(undefined, { amountWord: 'score' }), 'GBP', 2000],
  ['"zwanzig Hunnis"', slots('20', { amountWord: 'hunnis' }), 'EUR', 200000],
  ['"a tenner and fifty p" (Alexa: 0, tenner and 50)', slots('0', { amountWord: 'tenner', cents: '50' }), 'GBP', 1050],
] as const)('reads %s', (_name, given, currency, minor) => {
  expect(amountFromSlots(given, currency)).toEqual({ ok: true, value: { minor, currency } });
});

it.each([
  ['no amount at all', slots(), 'USD', { ok: true, value: undefined }],
  ['dollars for a euro account', slots('50', {}, 'USD'), 'EUR', { ok: false, error: 'other-currency' }],
  ['a currency the skill does not know', slots('50', {}, 'XYZ'), 'USD', { ok: false, error: 'other-currency' }],
  ['words', slots('fifty'), 'USD', { ok: false, error: 'unreadable' }],
  ['"half" heard as the bare number 0.5: never fifty cents', slots('0.5'), 'USD', { ok: false, error: 'unreadable' }],
  ['"0,5" with no currency', slots('0,5'), 'EUR', { ok: false, error: 'unreadable' }],
  ['three decimals', slots('12.505'), 'USD', { ok: false, error: 'unreadable' }],
  ['cents beside a decimal amount', slots('12.50', { cents: '20' }), 'USD', { ok: false, error: 'unreadable' }],
  ['zero', slots('0'), 'USD', { ok: false, error: 'not-positive' }],
  ['"2.555 tenners": a count with three decimals', slots('2.555', { amountWord: 'tenner' }), 'GBP', { ok: false, error: 'unreadable' }],
  ['a count in the thousands before a word', slots('2000', { amountWord: 'grand' }), 'USD', { ok: false, error: 'unreadable' }],
  ['"a tenner and twenty quid" (Alexa: 20, quid and tenner): no count of tenners', slots('20', { amountWord: 'tenner', currency: 'quid' }), 'GBP', { ok: false, error: 'unreadable' }],
  ['"a tenner and twenty pounds" (Dialogflow: 20 GBP and 10): no count of tenners', slots('20', { amountWord: '10' }, 'GBP'), 'GBP', { ok: false, error: 'unreadable' }],
  ['"150 cents": more cents than a unit holds', slots(undefined, { centsAlone: '150' }), 'USD', { ok: false, error: 'unreadable' }],
  ['a negative amount', slots('-5'), 'USD', { ok: false, error: 'not-positive' }],
  ['"zwanzig Zehner": a count, or ten euros twenty? The words do not tell', slots('20', { amountWord: 'zehner' }), 'EUR', { ok: false, error: 'unreadable' }],
  ['"a ton fifty": £150 or £5,000? The words do not tell', slots('50', { amountWord: 'ton' }), 'GBP', { ok: false, error: 'unreadable' }],
  ['"a couple hundred" (Alexa: 100 and a word that is no amount)', slots('100', { amountWord: 'couple' }), 'USD', { ok: false, error: 'unreadable' }],
] as const)('refuses or skips %s', (_name, given, currency, expected) => {
  expect(amountFromSlots(given, currency)).toEqual(expected);
});
