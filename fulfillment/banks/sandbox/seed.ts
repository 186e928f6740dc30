/**
 * The sandbox bank's customers: fixed people, accounts, payees and cards. Balances are fixed
 * figures; the transaction history is generated from a seed (see history.ts).
 */
import type { AccountKind } from '../bank-types';
import type { CurrencyCode } from '../../kit/money';
import type { Locale } from '../../kit/locale';

/** One seeded account. Amounts are minor units. */
export interface SeedAccount {
  readonly id: string;
  readonly kind: AccountKind;
  readonly name: string;
  readonly last4: string;
  readonly balanceMinor: number;
  /** Credit cards only. */
  readonly card?: {
    readonly limitMinor: number;
    readonly statementMinor: number;
    readonly minimumMinor: number;
    /** Day of the month the payment is due. */
    readonly dueDay: number;
  };
}

/** One seeded customer, reached through the access token the platform sends after linking. */
export interface SeedCustomer {
  readonly accessToken: string;
  readonly id: string;
  readonly firstName: string;
  readonly currency: CurrencyCode;
  /** Where the generated merchants come from. */
  readonly region: 'us' | 'gb' | 'de';
  readonly accounts: readonly SeedAccount[];
  readonly payees: readonly { readonly id: string; readonly name: string; readonly last4: string }[];
  readonly cards: readonly { readonly id: string; readonly accountId: string; readonly last4: string }[];
  /** An unreviewed suspicious purchase on the first card, if any. */
  readonly suspicious?: { readonly merchant: string; readonly amountMinor: number; readonly hoursAgo: number };
}

/** The sandbox's customers. The first is the primary demo customer (access token `demo`). */
export const SEED_CUSTOMERS: readonly SeedCustomer[] = [
  {
    accessToken: 'demo',
    id: 'cust-alex',
    firstName: 'Alex',
    currency: 'USD',
    region: 'us',
    accounts: [
      { id: 'acc-alex-chk', kind: 'checking', name: 'Everyday Checking', last4: '4321', balanceMinor: 245017 },
      { id: 'acc-alex-sav', kind: 'savings', name: 'High-Yield Savings', last4: '8765', balanceMinor: 1280000 },
      {
        id: 'acc-alex-cc',
        kind: 'credit-card',
        name: 'Cashback Visa',
        last4: '9012',
        balanceMinor: 61240,
        card: { limitMinor: 500000, statementMinor: 49823, minimumMinor: 3500, dueDay: 25 },
      },
    ],
    payees: [
      { id: 'pay-alex-anna-s', name: 'Anna Schmidt', last4: '3344' },
      { id: 'pay-alex-anna-l', name: 'Anna Lee', last4: '7781' },
      { id: 'pay-alex-bob', name: 'Bob Carter', last4: '1209' },
      { id: 'pay-alex-maria', name: 'Maria Garcia', last4: '5566' },
      { id: 'pay-alex-power', name: 'City Power and Light', last4: '0042' },
    ],
    cards: [
      { id: 'card-alex-debit', accountId: 'acc-alex-chk', last4: '5530' },
      { id: 'card-alex-visa', accountId: 'acc-alex-cc', last4: '9012' },
    ],
    suspicious: { merchant: 'ElectroMart Online', amountMinor: 91240, hoursAgo: 9 },
  },
  {
    accessToken: 'demo-2',
    id: 'cust-jordan',
    firstName: 'Jordan',
    currency: 'USD',
    region: 'us',
    accounts: [
      { id: 'acc-jordan-chk', kind: 'checking', name: 'Checking', last4: '1188', balanceMinor: 107550 },
      { id: 'acc-jordan-sav', kind: 'savings', name: 'Savings', last4: '2299', balanceMinor: 320000 },
      {
        id: 'acc-jordan-cc',
        kind: 'credit-card',
        name: 'Travel Mastercard',
        last4: '3377',
        balanceMinor: 124000,
        card: { limitMinor: 300000, statementMinor: 98050, minimumMinor: 2900, dueDay: 12 },
      },
    ],
    payees: [
      { id: 'pay-jordan-sam', name: 'Sam Rivera', last4: '6012' },
      { id: 'pay-jordan-priya', name: 'Priya Patel', last4: '4470' },
    ],
    cards: [{ id: 'card-jordan-mc', accountId: 'acc-jordan-cc', last4: '3377' }],
  },
  {
    accessToken: 'demo-gb',
    id: 'cust-oliver',
    firstName: 'Oliver',
    currency: 'GBP',
    region: 'gb',
    accounts: [
      { id: 'acc-oliver-cur', kind: 'checking', name: 'Current Account', last4: '6610', balanceMinor: 183462 },
      { id: 'acc-oliver-sav', kind: 'savings', name: 'Easy Access Saver', last4: '7720', balanceMinor: 540000 },
      {
        id: 'acc-oliver-cc',
        kind: 'credit-card',
        name: 'Rewards Credit Card',
        last4: '8830',
        balanceMinor: 22015,
        card: { limitMinor: 250000, statementMinor: 18040, minimumMinor: 500, dueDay: 3 },
      },
    ],
    payees: [
      { id: 'pay-oliver-anna-s', name: 'Anna Smith', last4: '2201' },
      { id: 'pay-oliver-anna-j', name: 'Anna Jones', last4: '2202' },
      { id: 'pay-oliver-tom', name: 'Tom Baker', last4: '3303' },
    ],
    cards: [{ id: 'card-oliver-cc', accountId: 'acc-oliver-cc', last4: '8830' }],
  },
  {
    accessToken: 'demo-de',
    id: 'cust-lena',
    firstName: 'Lena',
    currency: 'EUR',
    region: 'de',
    accounts: [
      { id: 'acc-lena-giro', kind: 'checking', name: 'Girokonto', last4: '4455', balanceMinor: 231045 },
      { id: 'acc-lena-spar', kind: 'savings', name: 'Tagesgeld', last4: '5566', balanceMinor: 800000 },
      {
        id: 'acc-lena-kk',
        kind: 'credit-card',
        name: 'Kreditkarte',
        last4: '6677',
        balanceMinor: 14590,
        card: { limitMinor: 200000, statementMinor: 12030, minimumMinor: 1203, dueDay: 20 },
      },
    ],
    payees: [
      { id: 'pay-lena-anna-m', name: 'Anna Müller', last4: '1101' },
      { id: 'pay-lena-anna-s', name: 'Anna Schneider', last4: '1102' },
      { id: 'pay-lena-jonas', name: 'Jonas Weber', last4: '1103' },
    ],
    cards: [
      { id: 'card-lena-giro', accountId: 'acc-lena-giro', last4: '7788' },
      { id: 'card-lena-kk', accountId: 'acc-lena-kk', last4: '6677' },
    ],
    suspicious: { merchant: 'Technikwelt Versand', amountMinor: 64999, hoursAgo: 14 },
  },
];

/** Where each region's customers bank, as a locale speaks of them. */
const REGION_OF_LOCALE: Readonly<Record<Locale, SeedCustomer['region']>> = { 'en-US': 'us', 'en-GB': 'gb', 'de-DE': 'de' };

/** The first demo customer's token in a locale's region: "demo", "demo-gb", "demo-de". */
export function demoTokenFor(locale: Locale): string {
  return SEED_CUSTOMERS.find((c) => c.region === REGION_OF_LOCALE[locale])?.accessToken ?? 'demo';
}
