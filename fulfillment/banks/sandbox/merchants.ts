/** Merchants the sandbox's generated history uses, per region, with their categories. */

/** A category of spending or income. */
export type Category =
  | 'groceries'
  | 'coffee'
  | 'dining'
  | 'transport'
  | 'shopping'
  | 'utilities'
  | 'subscriptions'
  | 'housing'
  | 'income'
  | 'transfers'
  | 'interest';

/** How often and how much a kind of spending happens, in minor units. */
export interface SpendPattern {
  readonly category: Category;
  readonly merchants: readonly string[];
  /** Chance per day, in percent. */
  readonly dailyChance: number;
  readonly minMinor: number;
  readonly maxMinor: number;
  readonly account: 'checking' | 'credit-card';
}

/** How a region's bank words the transfers and interest in its statements. */
export interface BookingTexts {
  readonly toSavings: string;
  readonly fromChecking: string;
  readonly interest: string;
  transferTo(name: string): string;
  transferFrom(name: string): string;
}

const ENGLISH_TEXTS: BookingTexts = {
  toSavings: 'Transfer to savings',
  fromChecking: 'Transfer from checking',
  interest: 'Interest',
  transferTo: (name) => `Transfer to ${name}`,
  transferFrom: (name) => `Transfer from ${name}`,
};

/** A region's merchants, recurring payees and spending habits, and its bank's booking texts. */
export interface Region {
  readonly texts: BookingTexts;
  readonly employer: string;
  readonly landlord: string;
  readonly rentMinor: number;
  readonly salaryMinor: number;
  readonly spending: readonly SpendPattern[];
}

/** The merchant tables. */
export const REGIONS: Readonly<Record<'us' | 'gb' | 'de', Region>> = {
  us: {
    texts: ENGLISH_TEXTS,
    employer: 'Acme Corp Payroll',
    landlord: 'Parkview Apartments',
    rentMinor: 185000,
    salaryMinor: 284500,
    spending: [
      { category: 'groceries', merchants: ['Whole Foods', "Trader Joe's", 'Safeway'], dailyChance: 40, minMinor: 1850, maxMinor: 14200, account: 'checking' },
      { category: 'coffee', merchants: ['Starbucks', 'Blue Bottle Coffee'], dailyChance: 55, minMinor: 395, maxMinor: 895, account: 'credit-card' },
      { category: 'dining', merchants: ['Chipotle', 'Olive Garden', 'Shake Shack'], dailyChance: 25, minMinor: 1200, maxMinor: 6800, account: 'credit-card' },
      { category: 'transport', merchants: ['Uber', 'Shell'], dailyChance: 20, minMinor: 900, maxMinor: 5500, account: 'credit-card' },
      { category: 'shopping', merchants: ['Amazon', 'Target'], dailyChance: 15, minMinor: 1500, maxMinor: 12000, account: 'credit-card' },
    ],
  },
  gb: {
    texts: { ...ENGLISH_TEXTS, toSavings: 'Transfer to savings account', fromChecking: 'Transfer from current account' },
    employer: 'Northwind Ltd Salary',
    landlord: 'Harbour Lettings',
    rentMinor: 135000,
    salaryMinor: 162000,
    spending: [
      { category: 'groceries', merchants: ['Tesco', "Sainsbury's", 'Waitrose'], dailyChance: 40, minMinor: 1200, maxMinor: 9500, account: 'checking' },
      { category: 'coffee', merchants: ['Pret A Manger', 'Costa Coffee'], dailyChance: 55, minMinor: 280, maxMinor: 650, account: 'credit-card' },
      { category: 'dining', merchants: ["Nando's", 'Wagamama'], dailyChance: 25, minMinor: 1100, maxMinor: 5200, account: 'credit-card' },
      { category: 'transport', merchants: ['TfL', 'Trainline'], dailyChance: 35, minMinor: 280, maxMinor: 4200, account: 'checking' },
      { category: 'shopping', merchants: ['Amazon', 'Argos'], dailyChance: 15, minMinor: 900, maxMinor: 8000, account: 'credit-card' },
    ],
  },
  de: {
    texts: {
      toSavings: 'Umbuchung aufs Tagesgeld',
      fromChecking: 'Umbuchung vom Girokonto',
      interest: 'Zinsen',
      transferTo: (name) => `Überweisung an ${name}`,
      transferFrom: (name) => `Umbuchung von ${name}`,
    },
    employer: 'Gehalt Muster GmbH',
    landlord: 'Hausverwaltung Becker',
    rentMinor: 98000,
    salaryMinor: 142000,
    spending: [
      { category: 'groceries', merchants: ['Rewe', 'Edeka', 'Aldi', 'Lidl'], dailyChance: 45, minMinor: 900, maxMinor: 8800, account: 'checking' },
      { category: 'coffee', merchants: ['Tchibo', 'Starbucks'], dailyChance: 35, minMinor: 290, maxMinor: 590, account: 'checking' },
      { category: 'dining', merchants: ['Vapiano', 'Block House'], dailyChance: 20, minMinor: 1400, maxMinor: 6400, account: 'credit-card' },
      { category: 'transport', merchants: ['Deutsche Bahn', 'Aral'], dailyChance: 20, minMinor: 450, maxMinor: 8900, account: 'checking' },
      { category: 'shopping', merchants: ['Amazon', 'MediaMarkt'], dailyChance: 12, minMinor: 1500, maxMinor: 15000, account: 'credit-card' },
    ],
  },
};
