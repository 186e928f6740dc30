/** A number at the PIN prompt: a new amount when no PIN can be meant, else left to the PIN step. */
import { amountNotPin } from '../../fulfillment/transfers/amount-at-pin';

it.each([
  ['"actually make it twenty two", a request to send', 'Transfer', { amount: { value: '22' } }],
  ['"actually make it 1000": words around four digits', 'Transfer', { amount: { value: '1000' } }],
  ['"nee, lieber 1000" heard as a move between own accounts', 'TransferOwn', { number: { value: '1000' } }],
  ['"make it 150" heard as a card payment', 'PayCard', { amount: { value: '150' } }],
  ['"no, make it sixty": two digits heard as an amount', 'ProvideAmount', { amount: { value: '60' } }],
  ['"doch lieber 30" in the number slot Dialogflow fills', 'ProvideAmount', { number: { value: '30' } }],
] as const)('takes %s as a new amount', (_name, intent, slots) => {
  expect(amountNotPin(intent, slots, false)).toBe(true);
});

it.each([
  ['four digits said bare', 'ProvideAmount', { amount: { value: '1234' } }, false],
  ['three digits said bare, perhaps a PIN whose leading zero was dropped', 'ProvideAmount', { amount: { value: '150' } }, false],
  ['one digit, the start of a PIN said digit by digit', 'ProvideAmount', { amount: { value: '1' } }, false],
  ['two digits with a leading zero ("oh eight")', 'ProvideAmount', { amount: { value: '08' } }, false],
  ['two digits after three were heard: the rest of the PIN', 'ProvideAmount', { amount: { value: '34' } }, true],
  ['digits heard as the PIN', 'Pin', { pin: { value: '22' } }, false],
  ['a request with the PIN in it', 'Transfer', { amount: { value: '22' }, pin: { value: '1234' } }, false],
  ['a request with no number', 'Transfer', {}, false],
  ['a decimal, which the PIN step weighs for itself', 'Transfer', { amount: { value: '12.34' } }, false],
] as const)('leaves %s to the PIN step', (_name, intent, slots, afterThreeDigits) => {
  expect(amountNotPin(intent, slots, afterThreeDigits)).toBe(false);
});
