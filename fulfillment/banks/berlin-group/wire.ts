/**
 * NextGenPSD2 (Berlin Group, v1.3) wire formats the adapter reads, validated with zod so that a
 * bank's answer that breaks the schema becomes an expected failure, never a crash. Only the
 * fields the skill uses are required; anything else a bank sends is let through.
 */
import { z } from 'zod';

/** An amount as the standard writes it: a decimal string and an ISO currency. */
export const Amount = z.object({ currency: z.string().length(3), amount: z.string().regex(/^-?\d{1,14}(\.\d{1,3})?$/) });

/** One balance of an account. */
export const Balance = z.object({ balanceAmount: Amount, balanceType: z.string(), referenceDate: z.string().optional() });

const Href = z.object({ href: z.string() });

/** An account in the account list. */
export const AccountDetails = z.object({
  resourceId: z.string().min(1).max(200),
  iban: z.string().optional(),
  bban: z.string().optional(),
  maskedPan: z.string().optional(),
  currency: z.string().length(3),
  name: z.string().optional(),
  product: z.string().optional(),
  cashAccountType: z.string().optional(),
  balances: z.array(Balance).optional(),
});

/** GET /v1/accounts */
export const AccountList = z.object({ accounts: z.array(AccountDetails) });

/** GET /v1/accounts/{id}/balances */
export const BalancesReport = z.object({ balances: z.array(Balance) });

/** One transaction; pending ones carry no booking date. */
export const TransactionDetails = z.object({
  transactionId: z.string().optional(),
  entryReference: z.string().optional(),
  bookingDate: z.string().optional(),
  valueDate: z.string().optional(),
  transactionAmount: Amount,
  creditorName: z.string().optional(),
  debtorName: z.string().optional(),
  remittanceInformationUnstructured: z.string().optional(),
});

/** GET /v1/accounts/{id}/transactions */
export const TransactionsReport = z.object({
  transactions: z.object({
    booked: z.array(TransactionDetails).optional(),
    pending: z.array(TransactionDetails).optional(),
    _links: z.object({ next: Href.optional() }).passthrough().optional(),
  }),
});

/** GET /v1/consents/{consentId}/status */
export const ConsentStatus = z.object({ consentStatus: z.string() });

/** The error body: messages for the third party, each with a code. */
export const ErrorBody = z.object({
  tppMessages: z.array(z.object({ category: z.string().optional(), code: z.string(), text: z.string().optional() })).optional(),
});

/** An account reference: the standard's object, or a bare IBAN as some examples write it. */
export const AccountReference = z.union([z.object({ iban: z.string() }).passthrough(), z.string()]);

/** GET /v1/trusted-beneficiaries */
export const TrustedBeneficiaries = z.object({
  trustedBeneficiaries: z.array(z.object({ trustedBeneficiaryId: z.string().min(1).max(200), creditorAccount: AccountReference, creditorName: z.string().min(1) })),
});

/** GET /v1/accounts/{id}: one account's details. */
export const AccountReport = z.object({ account: AccountDetails });

/** POST /v1/payments/{product}: the payment as the bank received it. */
export const PaymentInitiated = z.object({ transactionStatus: z.string(), paymentId: z.string().min(1).max(200) });

/** POST .../authorisations: the decoupled authorisation started. */
export const AuthorisationStarted = z.object({ scaStatus: z.string(), authorisationId: z.string().min(1).max(200) });

/** GET .../authorisations/{id} */
export const ScaStatus = z.object({ scaStatus: z.string() });

/** GET /v1/payments/{product}/{id}/status */
export const PaymentStatus = z.object({ transactionStatus: z.string() });
