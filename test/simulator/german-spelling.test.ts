/** German typed without umlauts reads as the words meant, and words known as typed stay as they are. */
import { germanSpelling } from '../../skill/simulator/german-spelling';
import { readDialogflowModel } from '../../skill/simulator/platforms/dialogflow-model';

const spell = germanSpelling(readDialogflowModel('de-DE'));

describe('German typed without umlauts', () => {
  it.each([
    ['ueberweise fuenfzig Euro', 'überweise fünfzig Euro'],
    ['Uberweisung an Jonas', 'Überweisung an Jonas'],
    ['zweihundertfunfzig euro', 'zweihundertfünfzig euro'],
    ['dreiundneunzig', 'dreiundneunzig'],
    ['am fuenften Maerz', 'am fünften März'],
    ['ich moechte zurueck', 'ich möchte zurück'],
    ['mach hundertzwoelf draus', 'mach hundertzwölf draus'],
  ])('"%s" reads as "%s"', (typed, meant) => {
    expect(spell(typed)).toBe(meant);
  });

  it.each(['neue Überweisung', 'wie teuer war das', 'Bob', 'Konto', 'zwanzig Euro', 'Steuer'])('"%s" stays as typed', (typed) => {
    expect(spell(typed)).toBe(typed);
  });

  it("reads a payee's name against the session's payees", () => {
    const session = { Payee: [{ id: 'payee-1', synonyms: ['Anna Müller'] }] };
    expect(spell('an anna mueller', session)).toBe('an anna müller');
    expect(spell('an anna mueller')).toBe('an anna mueller');
  });
});
