/** Transactions with paging from a Berlin Group bank. */
import type * as z from '../../kit/schema';
import type { BankResult } from '../bank-adapter';
import type { Transaction, TransactionPage, TransactionQuery } from '../bank-types';
import { isoDaysBefore, type Clock } from '../../kit/clock';
import { compareCodeUnits } from '../../kit/compare';
import { transactionId } from '../../kit/ids';
import { parseDecimal } from '../../kit/money';
import { err, ok } from '../../kit/result';
import type { BerlinGroupHttp } from './http';
import type { ConsentLink } from './links';
import { TransactionsReport, type TransactionDetails } from './wire';

/** How far back a first page looks when the question names no period. */
const DEFAULT_DAYS = 90;

function toTransaction(account: TransactionQuery['accountId'], t: z.infer<typeof TransactionDetails>, status: Transaction['status'], index: number): Transaction | undefined {
  const date = t.bookingDate ?? t.valueDate;
  const amount = parseDecimal(t.transactionAmount.amount, t.transactionAmount.currency);
  if (!date || !amount.ok) return undefined;
  const counterparty = amount.value.minor < 0 ? t.creditorName : t.debtorName;
  return {
    id: transactionId(t.transactionId ?? t.entryReference ?? `${status}-${date}-${index}`),
    accountId: account,
    date: date.slice(0, 10),
    amount: amount.value,
    description: t.remittanceInformationUnstructured ?? counterparty ?? '',
    ...(counterparty ? { merchant: counterparty } : {}),
    status,
  };
}

/**
 * One page of an account's transactions, newest first. The cursor is the bank's own "next"
 * link, followed only inside the API root (the HTTP client refuses any other).
 */
export async function listTransactions(http: BerlinGroupHttp, link: ConsentLink, query: TransactionQuery, clock: Clock): BankResult<TransactionPage> {
  let path = query.cursor;
  if (!path) {
    const from = query.from ?? isoDaysBefore(clock.now(), DEFAULT_DAYS);
    const params = new URLSearchParams({ bookingStatus: 'both', dateFrom: from, ...(query.to ? { dateTo: query.to } : {}) });
    path = `/v1/accounts/${encodeURIComponent(query.accountId)}/transactions?${params}`;
  }
  const report = await http.get(link, path, TransactionsReport);
  if (!report.ok) return err(report.error);
  const { booked = [], pending = [], _links } = report.value.transactions;
  const all = [...pending.map((t, i) => toTransaction(query.accountId, t, 'pending', i)), ...booked.map((t, i) => toTransaction(query.accountId, t, 'booked', i))];
  const transactions = all.filter((t): t is Transaction => t !== undefined).sort((a, b) => compareCodeUnits(b.date, a.date));
  const next = _links?.next?.href;
  return ok(next ? { transactions, nextCursor: next } : { transactions });
}
