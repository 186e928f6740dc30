/**
 * The payee names a platform learns for a session: a first or last name that one payee alone has
 * is that payee; one that several share is a value of its own, so no platform can resolve it to
 * one of them and the skill asks which.
 */
import { payeeEntities } from '../../fulfillment/transfers/payee-entities';

describe('payee entities', () => {
  it('teach the first and last name of one payee as that payee', () => {
    expect(payeeEntities([{ name: 'Bob Carter' }, { name: 'Maria Garcia' }])).toEqual([
      { id: 'payee-1', name: 'Bob Carter', synonyms: ['Bob', 'Carter'] },
      { id: 'payee-2', name: 'Maria Garcia', synonyms: ['Maria', 'Garcia'] },
    ]);
  });

  it('teach a shared first name as its own value, and the last names as the payees', () => {
    expect(payeeEntities([{ name: 'Anna Schmidt' }, { name: 'Anna Lee' }])).toEqual([
      { id: 'payee-1', name: 'Anna Schmidt', synonyms: ['Schmidt'] },
      { id: 'payee-2', name: 'Anna Lee', synonyms: ['Lee'] },
      { id: 'payee-name-1', name: 'Anna', synonyms: [] },
    ]);
  });

  it('never make a shared last name, or a payee named by one word, a synonym of another', () => {
    const entities = payeeEntities([{ name: 'Peter Schmidt' }, { name: 'Anna Schmidt' }, { name: 'Peter' }]);
    expect(entities.find((e) => e.name === 'Peter Schmidt')?.synonyms).toEqual([]);
    expect(entities.find((e) => e.name === 'Anna Schmidt')?.synonyms).toEqual(['Anna']);
    expect(entities.find((e) => e.name === 'Peter')?.synonyms).toEqual([]);
    expect(entities.filter((e) => e.id.startsWith('payee-name-')).map((e) => e.name)).toEqual(['Schmidt']);
  });

  it('never teach a word that names no one ("Bank", "of") as a payee', () => {
    const [entity] = payeeEntities([{ name: 'Bank of America' }]);
    expect(entity?.synonyms).toEqual(['America']);
  });
});
