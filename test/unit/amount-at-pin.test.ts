/** A number at the PIN prompt: a new amount when no PIN can be meant, else left to the PIN step. */
import { amountNotPin } from '../../fulfillment/transfers/amount-at-pin';

it.each([
  ['"actually make it twenty two", a request to send', 'Transfer', { amount: { value: '22' } }],
  ['"actually make it 1000": words around four digits', 'Transfer', { amount: { value: '1000' } }],
  ['"nee, lieber 1000" heard as a move between own accounts', 'TransferOwn', { number: { value: '1000' } }],
  ['"make it 150" heard as a card payment', 'PayCard', { amount: { value: '150' } }],
] as const)('takes %s as a new amount', (_name, intent, slots) => {
  expect(amountNotPin(intent, slots)).toBe(true);
});

it.each([
  ['four digits said bare', 'ProvideAmount', { amount: { value: '1234' } }],
  ['three digits said bare, perhaps a PIN whose leading zero was dropped', 'ProvideAmount', { amount: { value: '150' } }],
  ['one digit, the start of a PIN said digit by digit', 'ProvideAmount', { amount: { value: '1' } }],
  ['two digits with a leading zero ("oh eight")', 'ProvideAmount', { amount: { value: '08' } }],
  ['two digits after three were heard: the rest of the PIN', 'ProvideAmount', { amount: { value: '34' } }],
  ['"twelve", the first half of a PIN said in two, heard as an amount', 'ProvideAmount', { amount: { value: '12' } }],
  ['"no, make it sixty" heard only as an amount, as "sixty" is', 'ProvideAmount', { amount: { value: '60' } }],
  ['"doch lieber 30" heard only as a number', 'ProvideAmount', { number: { value: '30' } }],
  ['digits heard as the PIN', 'Pin', { pin: { value: '22' } }],
  ['a request with the PIN in it', 'Transfer', { amount: { value: '22' }, pin: { value: '1234' } }],
  ['a request with no number', 'Transfer', {}],
  ['a decimal, which the PIN step weighs for itself', 'Transfer', { amount: { value: '12.34' } }],
] as const)('leaves %s to the PIN step', (_name, intent, slots) => {
  expect(amountNotPin(intent, slots)).toBe(false);
});
