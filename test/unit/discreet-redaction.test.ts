/** Finding spoken amounts in every locale's money format, and taking their sentences out. */
import { LOCALES } from '../../fulfillment/kit/locale';
import { CURRENCY_EXPONENTS, money, type CurrencyCode } from '../../fulfillment/kit/money';
import { formatMoney } from '../../fulfillment/speech/money';
import { speaksAmount, withoutAmounts } from '../../fulfillment/discreet/redact-amounts';
import { discreetly } from '../../fulfillment/discreet/discreet-mode';
import { discreetSpeech } from '../../fulfillment/discreet/speech';

describe('speaksAmount', () => {
  const cases = LOCALES.flatMap((locale) =>
    (Object.keys(CURRENCY_EXPONENTS) as CurrencyCode[]).flatMap((currency) =>
      [0, 5, 91240, -123456789].map((minor) => [locale, formatMoney(money(minor, currency), locale)] as const),
    ),
  );

  it.each(cases)('finds the amount in "%s" %s', (_locale, amount) => {
    expect(speaksAmount(`You have ${amount} left.`)).toBe(true);
  });

  it.each([
    'Your credit card ending in 9012 is locked.',
    'Die Zahlung ist am 20. Dezember fällig.',
    'You spent money on November 20, 2026, in 12 payments.',
    'Discreet mode is on.',
  ])('finds none in "%s"', (text) => {
    expect(speaksAmount(text)).toBe(false);
  });

  it('finds amounts spoken as words after digits', () => {
    expect(speaksAmount('That is 50 dollars.')).toBe(true);
    expect(speaksAmount('Das sind 12 Euro.')).toBe(true);
  });
});

describe('withoutAmounts', () => {
  it('says the notice once, where the first amount was, and keeps the sentences without amounts', () => {
    const text = 'Your balance is $5.00. Your savings have $7.00! The payment is due on November 25. Is there anything else?';
    expect(withoutAmounts(text, 'Amounts are in your app.')).toBe('Amounts are in your app. The payment is due on November 25. Is there anything else?');
  });

  it('does not take a German date for the end of a sentence', () => {
    const text = 'Du hast am 3. November 45,20 € ausgegeben. Die Zahlung ist am 20. Dezember fällig. Noch etwas?';
    expect(withoutAmounts(text, 'Beträge weggelassen.')).toBe('Beträge weggelassen. Die Zahlung ist am 20. Dezember fällig. Noch etwas?');
  });

  it('ends a sentence after an amount or a day of the month', () => {
    expect(withoutAmounts('It was for $912.40. Please say yes or no.', 'n.')).toBe('n. Please say yes or no.');
    expect(withoutAmounts('Due on November 25. You owe $5.00.', 'n.')).toBe('Due on November 25. n.');
  });

  it('keeps what a sentence names before the colon that leads into its amount, and drops the amount', () => {
    expect(withoutAmounts('Okay, the minimum payment: $35.00. From which account?', 'n.')).toBe('Okay, the minimum payment. n. From which account?');
    expect(withoutAmounts('Okay, die Mindestzahlung: 12,03 €. Von welchem Konto?', 'n.')).toBe('Okay, die Mindestzahlung. n. Von welchem Konto?');
    // An amount before the colon too: the sentence goes whole.
    expect(withoutAmounts('You sent $20.00 to Bob: $5.00 was a fee. Anything else?', 'n.')).toBe('n. Anything else?');
  });

  it('leaves text without amounts as it was', () => {
    expect(withoutAmounts('Hello there. Is there anything else?', 'n')).toBe('Hello there. Is there anything else?');
  });
});

describe('discreetly, with words a feature can say without amounts', () => {
  const session = { customer: { id: 'c-1' }, credentials: { token: 't' } } as unknown as Parameters<typeof discreetly>[2];
  const store = { get: async () => 'on' } as unknown as Parameters<typeof discreetly>[1]['store'];
  const deps = { store, bank: {} } as unknown as Parameters<typeof discreetly>[1];

  it('says them instead, after the notice, and still drops the other sentences with amounts', async () => {
    const said = 'Here they are: November 12, $42.10 at Safeway.';
    const reply = await discreetly(
      { type: 'ask', speech: `They come to $80.00. ${said} Would you like to hear more?`, reprompt: 'Would you like to hear more?', quietly: { said, instead: 'Here they are: November 12, Safeway.' } },
      deps,
      session,
      'en-US',
    );
    expect(reply.type === 'ask' && reply.speech).toBe(`${discreetSpeech('en-US').discreetNotice()} Here they are: November 12, Safeway. Would you like to hear more?`);
  });

  it('drops whole sentences as before when the words are no longer in the reply', async () => {
    const reply = await discreetly({ type: 'tell', speech: 'You have $5.00. Bye.', quietly: { said: 'gone', instead: 'x' } }, deps, session, 'en-US');
    expect(reply.type === 'tell' && reply.speech).toBe(`${discreetSpeech('en-US').discreetNotice()} Bye.`);
  });
});
