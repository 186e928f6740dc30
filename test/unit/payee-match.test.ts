/** Which payees a name said aloud means: exact, sounding alike, misheard, with a title or "'s account" around it; several are returned, never one picked. */
import type { Payee } from '../../fulfillment/banks/bank-types';
import { payeeId } from '../../fulfillment/kit/ids';
import { holdsAName, matchPayees, sharedName } from '../../fulfillment/transfers/payee-match';

const payees = (...names: string[]): Payee[] => names.map((name, i) => ({ id: payeeId(`payee-${i}`), name, last4: `000${i}` }));
const US = payees('Anna Schmidt', 'Anna Lee', 'Bob Carter', 'Maria Garcia', 'City Power and Light');
const DE = payees('Anna Müller', 'Anna Schneider', 'Jonas Weber');
const names = (heard: string, among: readonly Payee[]) => matchPayees(heard, among).map((p) => p.name);

describe('matchPayees', () => {
  it('finds a whole name, and a surname alone', () => {
    expect(names('Anna Lee', US)).toEqual(['Anna Lee']);
    expect(names('garcia', US)).toEqual(['Maria Garcia']);
  });

  it('returns every payee a shared first name fits, for the caller to ask', () => {
    expect(names('anna', US)).toEqual(['Anna Schmidt', 'Anna Lee']);
    expect(names('annas konto', DE)).toEqual(['Anna Müller', 'Anna Schneider']);
  });

  it('hears names that sound alike or were misheard', () => {
    expect(names('anna lea', US)).toEqual(['Anna Lee']);
    expect(names('jonas veber', DE)).toEqual(['Jonas Weber']);
  });

  it('looks past a title', () => {
    expect(names('mrs garcia', US)).toEqual(['Maria Garcia']);
    expect(names('Mr. Carter', US)).toEqual(['Bob Carter']);
    expect(names('herrn weber', DE)).toEqual(['Jonas Weber']);
    expect(names('frau müller', DE)).toEqual(['Anna Müller']);
  });

  it("looks past whose account it is", () => {
    expect(names("bob carter's account", US)).toEqual(['Bob Carter']);
    expect(names("jonas' konto", DE)).toEqual(['Jonas Weber']);
  });

  it('finds nobody for a short word found inside a longer name: "Ende" is no Schneider, "fürs" no one', () => {
    expect(names('ende', DE)).toEqual([]);
    expect(names('fürs', DE)).toEqual([]);
    expect(names('eigentlich', DE)).toEqual([]);
    expect(names('schneidr', DE)).toEqual(['Anna Schneider']);
  });

  it('finds nobody for a name the customer has no payee for, or for a title alone', () => {
    expect(names('the electric company', US)).toEqual([]);
    expect(names('mom', US)).toEqual([]);
    expect(names('frau', DE)).toEqual([]);
  });
});

describe('sharedName', () => {
  it('says the words several names begin with', () => {
    expect(sharedName(['Anna Schmidt', 'Anna Lee'])).toBe('Anna');
    expect(sharedName(['Anna Schmidt', 'Bob Carter'])).toBeUndefined();
  });
});

describe('holdsAName', () => {
  it('finds no name in articles and titles alone, and finds one beside them', () => {
    expect(holdsAName('dem')).toBe(false);
    expect(holdsAName('the')).toBe(false);
    expect(holdsAName('Frau')).toBe(false);
    expect(holdsAName('dem Jonas')).toBe(true);
    expect(holdsAName('Anna')).toBe(true);
  });
});
