/**
 * Two ways the local understanding keeps a denial from reading as what it denies: a slot-free
 * sample said as written is its intent, and the words a negation reaches are features of their own.
 */
import { featureNames } from '../../skill/simulator/classifier/features';
import { NONE } from '../../skill/simulator/classifier/intent-classifier';
import { stemmerFor } from '../../skill/simulator/classifier/stemmers';
import type { ModelIntent, PlatformModel } from '../../skill/simulator/platforms/platform-model';
import { wordForWord } from '../../skill/simulator/word-for-word';

const intent = (name: string, literal: string[]): ModelIntent => ({ name, intent: 'Yes', slots: {}, samples: literal, literal, slotContexts: {}, slotLastWords: {} });
const model = (intents: ModelIntent[], outOfScope: string[] = []): PlatformModel => ({ intents, outOfScope, customTypes: {}, fallback: 'Fallback' });

describe('a sample said word for word', () => {
  const said = wordForWord(model([intent('Mistake', ['that was a mistake', 'undo it']), intent('Intended', ["that wasn't a mistake", 'undo it'])], ['what is the weather']));

  it('is its intent, whatever the case, accents and punctuation', () => {
    expect(said('That was a mistake!')).toBe('Mistake');
    expect(said('that wasnt a mistake')).toBe('Intended');
    expect(said("That wasn't a mistake.")).toBe('Intended');
  });

  it('is out of scope when it is an out-of-scope sample', () => {
    expect(said('What is the weather?')).toBe(NONE);
  });

  it('is left to the classifier when two intents share it, or when it is only near a sample', () => {
    expect(said('undo it')).toBeUndefined();
    expect(said('that was a big mistake')).toBeUndefined();
    expect(said('')).toBeUndefined();
  });
});

describe('the words a negation reaches', () => {
  const words = (text: string, locale: 'en-US' | 'de-DE' = 'en-US') => featureNames(text, stemmerFor(locale)).words;

  it('are marked, in place of the plain words, for up to three words', () => {
    const denied = words("that wasn't a mistake");
    expect(denied.some((w) => w.startsWith('w:~mistak'))).toBe(true);
    expect(denied.some((w) => /^w:mistak/.test(w))).toBe(false);
    expect(words('that was a mistake').some((w) => /^w:mistak/.test(w))).toBe(true);
    expect(words('das war kein fehler', 'de-DE').some((w) => w.startsWith('w:~fehl'))).toBe(true);
    expect(words('i did not know that it was a mistake').some((w) => /^w:mistak/.test(w))).toBe(true);
  });

  it('leave "no" said as an answer, "never mind" and the values in the text as they are', () => {
    expect(words('no that was a mistake').some((w) => w.startsWith('w:~'))).toBe(false);
    expect(words('never mind do it tomorrow').some((w) => w.startsWith('w:~'))).toBe(false);
    expect(words('not slotmoney').filter((w) => w.startsWith('w:'))).toEqual(['w:not', 'w:slotmoney']);
  });
});
