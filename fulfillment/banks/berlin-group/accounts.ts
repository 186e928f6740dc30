/** Accounts and balances from a Berlin Group bank, as the core's Account. */
import type * as z from '../../kit/schema';
import type { BankResult } from '../bank-adapter';
import type { Account, AccountKind } from '../bank-types';
import { accountId } from '../../kit/ids';
import { absolute, parseDecimal, type Money } from '../../kit/money';
import { err, ok } from '../../kit/result';
import type { BerlinGroupHttp } from './http';
import type { ConsentLink } from './links';
import { AccountList, BalancesReport, type AccountDetails, type Balance } from './wire';

/** ISO 20022 cash account types the skill speaks of; others are not offered by voice. */
const KINDS: Readonly<Record<string, AccountKind>> = { CACC: 'checking', CASH: 'checking', TRAN: 'checking', SVGS: 'savings', CARD: 'credit-card' };

/**
 * Which balance is "the balance": the freshest booked figure the bank gives; a bank that reports
 * only what is available has that said, rather than the account left out ("no accounts found").
 */
const AVAILABLE_ORDER = ['interimAvailable', 'closingAvailable', 'forwardAvailable'];
const BALANCE_ORDER = ['interimBooked', 'expected', 'closingBooked', 'openingBooked', ...AVAILABLE_ORDER];

function pick(balances: readonly z.infer<typeof Balance>[], order: readonly string[]): Money | undefined {
  for (const type of order) {
    const found = balances.find((b) => b.balanceType === type);
    if (!found) continue;
    const parsed = parseDecimal(found.balanceAmount.amount, found.balanceAmount.currency);
    if (parsed.ok) return parsed.value;
  }
  return undefined;
}

function last4(details: z.infer<typeof AccountDetails>): string {
  const digits = (details.iban ?? details.bban ?? details.maskedPan ?? '').replace(/\D/g, '');
  return digits.slice(-4).padStart(4, '0');
}

function toAccount(details: z.infer<typeof AccountDetails>, balances: readonly z.infer<typeof Balance>[]): Account | undefined {
  const kind = KINDS[details.cashAccountType ?? 'CACC'];
  const balance = pick(balances, BALANCE_ORDER);
  if (!kind || !balance) return undefined;
  const available = pick(balances, AVAILABLE_ORDER);
  return {
    id: accountId(details.resourceId),
    kind,
    name: details.name ?? details.product ?? 'account',
    last4: last4(details),
    // A card account's debt comes negative; the core speaks it as the positive amount owed.
    balance: kind === 'credit-card' ? absolute(balance) : balance,
    ...(available ? { available } : {}),
  };
}

/** Lists the accounts with balances; asks for an account's balances where the list left them out. */
export async function listAccounts(http: BerlinGroupHttp, link: ConsentLink): BankResult<readonly Account[]> {
  const listed = await http.get(link, '/v1/accounts?withBalance=true', AccountList);
  if (!listed.ok) return listed;
  const accounts: Account[] = [];
  for (const details of listed.value.accounts) {
    let balances = details.balances;
    if (!balances) {
      const report = await http.get(link, `/v1/accounts/${encodeURIComponent(details.resourceId)}/balances`, BalancesReport);
      if (!report.ok) return err(report.error);
      balances = report.value.balances;
    }
    const account = toAccount(details, balances);
    if (account) accounts.push(account);
  }
  return ok(accounts);
}
