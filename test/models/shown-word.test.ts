/**
 * A sample may name the word its Dialogflow training phrase shows in a slot ("{latest=last}"),
 * so the phrase reads as a customer says it; Alexa's sample keeps the bare reference.
 */
import { dialogflowPhrases } from '../../models/compiler/dialogflow-parts';
import { platformUtterances } from '../../models/source/platform-view';
import { parseUtterance } from '../../models/compiler/utterance';

const text = (parts: readonly { text: string }[]) => parts.map((p) => p.text).join('');

describe('the word a training phrase shows in a slot', () => {
  it('is the one the sample names, annotated as the slot', () => {
    const phrase = dialogflowPhrases('Spending', 'en-US').find((p) => p.utterance === 'what was my {latest=last} purchase');
    expect(phrase && text(phrase.parts)).toBe('what was my last purchase');
    expect(phrase?.parts.find((p) => 'slot' in p)).toMatchObject({ text: 'last', slot: 'latest' });
    const german = dialogflowPhrases('Spending', 'de-DE').find((p) => p.utterance === 'was war mein {latest=letzter} einkauf');
    expect(german && text(german.parts)).toBe('was war mein letzter einkauf');
  });

  it('is left out of Alexa samples, which keep the bare slot', () => {
    const alexa = platformUtterances('Spending', 'en-US', 'alexa');
    expect(alexa).toContain('what was my {latest} purchase');
    expect(alexa.some((u) => u.includes('='))).toBe(false);
  });

  it('parses apart from the slot name', () => {
    expect(parseUtterance('when did i {latest=last} pay {payee}')).toEqual([{ text: 'when did i ' }, { slot: 'latest', shown: 'last' }, { text: ' pay ' }, { slot: 'payee' }]);
  });
});
