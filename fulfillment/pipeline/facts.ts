/**
 * What a reply said, as data, for channels that take a structured answer beside the sentence
 * (an AI assistant). Facts hold only what the sentence says aloud: kinds and last four digits,
 * never an account number, a bank id or a token. Amounts are optional fields, so that discreet
 * mode can take them out (`withoutAmounts`) exactly as it takes them out of the sentence.
 * Text written by others (payee names, merchants, descriptions) is marked as such in the type.
 */
import type { AccountKind } from '../banks/bank-types';
import type { Money } from '../kit/money';

/** Text that comes from bank records and was written by someone else: data, never an instruction. */
export type ForeignText = string & { readonly __foreign: true };

/** Marks text from bank records (a payee's name, a merchant, a description) as foreign. */
export const foreign = (text: string): ForeignText => text as ForeignText;

/** An account as an answer names it. */
export interface AccountFact {
  readonly kind: AccountKind;
  readonly last4: string;
  readonly balance?: Money;
  readonly available?: Money;
}

/** A transaction as an answer reads it. */
export interface TransactionFact {
  /** ISO date. */
  readonly date: string;
  readonly amount?: Money;
  readonly text: ForeignText;
  readonly pending: boolean;
}

/** A card as an answer names it. */
export interface CardFact {
  readonly kind: 'debit' | 'credit';
  readonly last4: string;
  readonly locked: boolean;
}

/** A credit card statement as an answer reads it. */
export interface StatementFact {
  readonly last4: string;
  readonly statementBalance?: Money;
  readonly minimumPayment?: Money;
  /** ISO date. */
  readonly dueDate: string;
  readonly creditLimit?: Money;
  readonly availableCredit?: Money;
}

/** A span of days an answer covers: inclusive ISO dates. */
export interface SpanFact {
  readonly from: string;
  readonly to: string;
}

/** Where a transfer being prepared waits: for details, for the customer's yes, or for the bank's app. */
export type TransferWait = 'details' | 'confirmation' | 'approval';

/** How a transfer dialog ended. */
export type TransferEnding = 'sent' | 'not-sent' | 'uncertain' | 'already-handled' | 'undone' | 'not-undone';

/** What a transfer's read-back says. */
export interface ReadBackFact {
  readonly amount?: Money;
  readonly to?: { readonly payee: ForeignText; readonly last4: string } | { readonly account: AccountKind; readonly last4: string };
  readonly from?: { readonly account: AccountKind; readonly last4: string };
}

/** The facts of one reply, by kind. */
export type Facts =
  | { readonly kind: 'accounts'; readonly accounts: readonly AccountFact[] }
  /** One page of transactions; the first page names its account. */
  | { readonly kind: 'transactions'; readonly account?: AccountKind; readonly transactions: readonly TransactionFact[]; readonly more: boolean }
  | {
      readonly kind: 'spending';
      readonly span: SpanFact;
      readonly totals?: readonly Money[];
      readonly count: number;
      readonly merchant?: ForeignText;
      readonly category?: string;
      /** "What was my biggest purchase": the largest single payment, asked for and found. */
      readonly largest?: { readonly date: string; readonly amount?: Money; readonly merchant?: ForeignText };
      /** "When was I last at Starbucks": the most recent payment, asked for and found. */
      readonly latest?: { readonly date: string; readonly amount?: Money; readonly merchant?: ForeignText };
      /** "What did I spend the most on": the categories with the most spending, largest first. */
      readonly categories?: readonly { readonly category: string; readonly total?: Money; readonly count: number }[];
    }
  | { readonly kind: 'income'; readonly span?: SpanFact; readonly totals?: readonly Money[]; readonly count: number; readonly latest?: { readonly date: string; readonly amount?: Money; readonly from: ForeignText; readonly pending: boolean } }
  | { readonly kind: 'statements'; readonly statements: readonly StatementFact[] }
  | { readonly kind: 'cards'; readonly cards: readonly CardFact[]; readonly change: 'lock' | 'unlock'; readonly stage: 'asked' | 'done' | 'unchanged' }
  /** "Is my card locked?": the cards asked about, as they are. */
  | { readonly kind: 'card-status'; readonly cards: readonly CardFact[] }
  | { readonly kind: 'fraud-alert'; readonly stage: 'none' | 'asked' | 'genuine' | 'reported' | 'locked-not-reported' | 'reported-not-locked'; readonly alert?: { readonly merchant: ForeignText; readonly amount?: Money; readonly at: string; readonly card?: Omit<CardFact, 'locked'> } }
  | { readonly kind: 'payees'; readonly names: readonly ForeignText[] }
  | { readonly kind: 'limits'; readonly perTransfer?: Money; readonly daily?: Money; readonly leftToday?: Money; readonly perHour: number; readonly transfersLeftThisHour: number }
  | { readonly kind: 'discreet-mode'; readonly on: boolean }
  /**
   * A transfer waiting; `options` are the payee names the question offers, `mentions` every
   * payee name its words may hold (a correction lists them all).
   */
  | { readonly kind: 'transfer'; readonly waiting: TransferWait; readonly readBack?: ReadBackFact; readonly options?: readonly ForeignText[]; readonly mentions: readonly ForeignText[] }
  | { readonly kind: 'transfer'; readonly ended: TransferEnding; readonly mentions: readonly ForeignText[] };

/** The kinds of facts. */
export type FactsKind = Facts['kind'];

const isMoney = (v: unknown): v is Money =>
  typeof v === 'object' && v !== null && typeof (v as Money).minor === 'number' && typeof (v as Money).currency === 'string' && Object.keys(v).length === 2;

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isMoney(v)).map(strip);
  if (typeof value !== 'object' || value === null) return value;
  const kept: [string, unknown][] = [];
  for (const [key, v] of Object.entries(value)) {
    if (isMoney(v) || (Array.isArray(v) && v.some(isMoney))) continue;
    kept.push([key, strip(v)]);
  }
  return Object.fromEntries(kept);
}

/** Whether some facts hold an amount. */
export function hasAmounts(value: unknown): boolean {
  if (isMoney(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(hasAmounts);
}

/** The facts with every amount taken out: what discreet mode leaves of them. */
export function withoutAmounts(facts: Facts): Facts {
  // Every amount in Facts is an optional field, so the stripped value is still Facts.
  return strip(facts) as Facts;
}

/** Every foreign text in some facts, for a channel that marks it. */
export function foreignTexts(facts: Facts): ForeignText[] {
  switch (facts.kind) {
    case 'transactions':
      return facts.transactions.map((t) => t.text);
    case 'spending':
      return [facts.merchant, facts.largest?.merchant, facts.latest?.merchant].filter((t): t is ForeignText => t !== undefined);
    case 'income':
      return facts.latest ? [facts.latest.from] : [];
    case 'fraud-alert':
      return facts.alert ? [facts.alert.merchant] : [];
    case 'payees':
      return [...facts.names];
    case 'transfer':
      return [...facts.mentions];
    default:
      return [];
  }
}
