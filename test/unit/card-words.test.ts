/** Words for every card ("my cards", "alle Karten") are no kind of card, so they never read as "no such card". */
import { namesAllCards } from '../../fulfillment/cards/card-words';

it.each([
  ['cards', 'en-US'],
  ['all my cards', 'en-US'],
  ['both cards', 'en-GB'],
  ['both', 'en-GB'],
  ['karten', 'de-DE'],
  ['alle karten', 'de-DE'],
  ['beide Karten', 'de-DE'],
] as const)('takes "%s" (%s) for every card', (heard, locale) => {
  expect(namesAllCards(heard, locale)).toBe(true);
});

it.each([
  ['debit card', 'en-US'],
  ['platinum card', 'en-US'],
  ['kreditkarte', 'de-DE'],
  ['', 'en-US'],
] as const)('takes "%s" (%s) for no word for every card', (heard, locale) => {
  expect(namesAllCards(heard, locale)).toBe(false);
});
