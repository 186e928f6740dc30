/**
 * NextGenPSD2 (Berlin Group, v1.3) wire formats the adapter reads, validated with zod so that a
 * bank's answer that breaks the schema becomes an expected failure, never a crash. Only the
 * fields the skill uses are required; anything else a bank sends is let through.
 */
import * as z from '../../kit/schema';
import { nonEmpty, text } from '../../kit/schema';

/** An amount as the standard writes it: a decimal string and an ISO currency. */
export const Amount = z.object({ currency: z.string().check(z.length(3)), amount: z.string().check(z.regex(/^-?\d{1,14}(\.\d{1,3})?$/)) });

/** One balance of an account. */
export const Balance = z.object({ balanceAmount: Amount, balanceType: z.string(), referenceDate: z.optional(z.string()) });

const Href = z.object({ href: z.string() });

/** An account in the account list. */
export const AccountDetails = z.object({
  resourceId: text(200, 1),
  iban: z.optional(z.string()),
  bban: z.optional(z.string()),
  maskedPan: z.optional(z.string()),
  currency: z.string().check(z.length(3)),
  name: z.optional(z.string()),
  product: z.optional(z.string()),
  cashAccountType: z.optional(z.string()),
  balances: z.optional(z.array(Balance)),
});

/** GET /v1/accounts */
export const AccountList = z.object({ accounts: z.array(AccountDetails) });

/** GET /v1/accounts/{id}/balances */
export const BalancesReport = z.object({ balances: z.array(Balance) });

/** One transaction; pending ones carry no booking date. */
export const TransactionDetails = z.object({
  transactionId: z.optional(z.string()),
  entryReference: z.optional(z.string()),
  bookingDate: z.optional(z.string()),
  valueDate: z.optional(z.string()),
  transactionAmount: Amount,
  creditorName: z.optional(z.string()),
  debtorName: z.optional(z.string()),
  remittanceInformationUnstructured: z.optional(z.string()),
});

/** GET /v1/accounts/{id}/transactions */
export const TransactionsReport = z.object({
  transactions: z.object({
    booked: z.optional(z.array(TransactionDetails)),
    pending: z.optional(z.array(TransactionDetails)),
    _links: z.optional(z.looseObject({ next: z.optional(Href) })),
  }),
});

/** POST /v1/consents: the consent as the bank received it, and where the customer authorises it. */
export const ConsentCreated = z.object({
  consentId: text(200, 1),
  consentStatus: z.string(),
  _links: z.optional(z.looseObject({ scaRedirect: z.optional(Href), scaOAuth: z.optional(Href) })),
});

/** GET /v1/consents/{consentId}/status */
export const ConsentStatus = z.object({ consentStatus: z.string() });

/** The error body: messages for the third party, each with a code. */
export const ErrorBody = z.object({
  tppMessages: z.optional(z.array(z.object({ category: z.optional(z.string()), code: z.string(), text: z.optional(z.string()) }))),
});

/** An account reference: the standard's object, or a bare IBAN as some examples write it. */
export const AccountReference = z.union([z.looseObject({ iban: z.string() }), z.string()]);

/** GET /v1/trusted-beneficiaries */
export const TrustedBeneficiaries = z.object({
  trustedBeneficiaries: z.array(z.object({ trustedBeneficiaryId: text(200, 1), creditorAccount: AccountReference, creditorName: nonEmpty })),
});

/** GET /v1/accounts/{id}: one account's details. */
export const AccountReport = z.object({ account: AccountDetails });

/** POST /v1/payments/{product}: the payment as the bank received it. */
export const PaymentInitiated = z.object({ transactionStatus: z.string(), paymentId: text(200, 1) });

/** POST .../authorisations: the decoupled authorisation started. */
export const AuthorisationStarted = z.object({ scaStatus: z.string(), authorisationId: text(200, 1) });

/** GET .../authorisations/{id} */
export const ScaStatus = z.object({ scaStatus: z.string() });

/** GET /v1/payments/{product}/{id}/status */
export const PaymentStatus = z.object({ transactionStatus: z.string() });
