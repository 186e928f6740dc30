/**
 * SEPA credit transfers with decoupled approval. The standard creates the payment first and
 * then its authorisation, which the customer approves in the bank's app; so the core's approval
 * step initiates the payment, and "submit" of an approved order reads what the bank did with it.
 * The standard has no idempotency header: the core's key is bound in the StateStore before the
 * payment request leaves (as "unresolved"), and to the bank's payment id once the bank answers,
 * even when that answer comes after the skill stopped waiting. So the same key never initiates a
 * second payment, and a status check by the key never says "not found" for a payment that may
 * exist: while unresolved it says the bank has not answered yet.
 */
import { randomUUID } from 'node:crypto';
import type { ApprovalsCapability, BankResult, TransfersCapability } from '../bank-adapter';
import type { BankError } from '../bank-error';
import type { BankSession } from '../bank-types';
import type { Approval, ApprovalRequest, TransferReceipt, TransferStatus } from '../transfer-types';
import { toDecimal } from '../../kit/money';
import { err, ok, type Result } from '../../kit/result';
import type * as z from '../../kit/schema';
import type { StateStore } from '../../state/state-store';
import type { BerlinGroupHttp } from './http';
import type { ConsentLink } from './links';
import { listBeneficiaries } from './payees';
import { AccountReport, AuthorisationStarted, PaymentInitiated, PaymentStatus, ScaStatus } from './wire';

/** "sepa-credit-transfers", or "instant-sepa-credit-transfers" where the bank offers it. */
export type PaymentProduct = 'sepa-credit-transfers' | 'instant-sepa-credit-transfers';

/** How long the key -> payment records are kept: longer than any cancellation window. */
const RECORD_TTL_SECONDS = 7 * 24 * 3600;

/** A key whose payment request left without a definite answer yet (a payment id is never this). */
const UNRESOLVED = '?unresolved';

/** What the bank did not answer in time, or answered in a way that leaves the payment open. */
const NO_ANSWER_YET: BankError = { kind: 'timeout', abandoned: true };

/** A write failure after which the payment may exist at the bank. */
const mayExist = (e: BankError) => (e.kind === 'timeout' && e.abandoned === true) || (e.kind === 'unavailable' && e.uncertain === true);

const COMPLETED = new Set(['ACSC', 'ACCC']);
const REJECTED = new Set(['RJCT']);
const CANCELLED = new Set(['CANC']);

/** The core's word for a payment's ISO 20022 transaction status. */
export function transferStatusOf(transactionStatus: string): TransferStatus {
  if (COMPLETED.has(transactionStatus)) return 'completed';
  if (REJECTED.has(transactionStatus)) return 'rejected';
  if (CANCELLED.has(transactionStatus)) return 'cancelled';
  return 'pending';
}

/** The core's word for an authorisation's SCA status. */
export function approvalStatusOf(scaStatus: string): Approval['status'] {
  if (scaStatus === 'finalised' || scaStatus === 'exempted') return 'approved';
  if (scaStatus === 'failed') return 'refused';
  return 'pending';
}

/** An approval id carries the payment and its authorisation. */
const approvalIdOf = (paymentId: string, authorisationId: string) => `${encodeURIComponent(paymentId)}~${encodeURIComponent(authorisationId)}`;
function parseApprovalId(approvalId: string): { paymentId: string; authorisationId: string } | undefined {
  const [p, a, extra] = approvalId.split('~');
  return p && a && extra === undefined ? { paymentId: decodeURIComponent(p), authorisationId: decodeURIComponent(a) } : undefined;
}

type Linked = <T>(session: BankSession, call: (link: ConsentLink) => BankResult<T>) => BankResult<T>;

/** The payment capabilities over one client. */
export function berlinGroupPayments(http: BerlinGroupHttp, linked: Linked, store: StateStore, product: PaymentProduct): { transfers: TransfersCapability; approvals: ApprovalsCapability } {
  const payments = `/v1/payments/${product}`;
  const byKey = (key: string) => `bg:payment:key:${key}`;
  const byPayment = (id: string) => `bg:payment:id:${id}`;
  const byAuthorisation = (paymentId: string) => `bg:payment:authorisation:${paymentId}`;

  async function ibanOfAccount(link: ConsentLink, accountId: string): BankResult<string> {
    const report = await http.get(link, `/v1/accounts/${encodeURIComponent(accountId)}`, AccountReport);
    if (!report.ok) return report;
    return report.value.account.iban ? ok(report.value.account.iban) : err({ kind: 'unsupported' });
  }

  /**
   * Initiates the payment of a key: the key is bound before the request leaves, so a second call
   * with it (another instance, a retry, a late "yes") finds it and never initiates again.
   */
  async function initiate(link: ConsentLink, request: ApprovalRequest, key: string): BankResult<string> {
    const debtor = await ibanOfAccount(link, request.from);
    if (!debtor.ok) return debtor;
    let creditor: { iban: string; name: string };
    if (request.to.kind === 'payee') {
      const payeeId = request.to.payeeId;
      const payees = await listBeneficiaries(http, link);
      if (!payees.ok) return payees;
      const payee = payees.value.find((p) => p.id === payeeId);
      if (!payee) return err({ kind: 'not-found' });
      creditor = { iban: payee.iban, name: payee.name };
    } else {
      const iban = await ibanOfAccount(link, request.to.accountId);
      if (!iban.ok) return iban;
      creditor = { iban: iban.value, name: 'own account' };
    }
    if (!(await store.setIfAbsent(byKey(key), UNRESOLVED, RECORD_TTL_SECONDS))) return known(key);
    const bind = async (answer: Result<z.infer<typeof PaymentInitiated>, BankError>): Promise<void> => {
      if (answer.ok) await remember(key, answer.value.paymentId);
      else if (!mayExist(answer.error)) await store.delete(byKey(key));
    };
    const created = await http.post(link, payments, {
      instructedAmount: { currency: request.amount.currency, amount: toDecimal(request.amount) },
      debtorAccount: { iban: debtor.value },
      creditorAccount: { iban: creditor.iban },
      creditorName: creditor.name,
      remittanceInformationUnstructured: 'Voice transfer',
    }, PaymentInitiated, {}, bind);
    // A timeout leaves the key unresolved until the late answer binds it; other answers bind it now.
    if (!created.ok && created.error.kind === 'timeout') return created;
    await bind(created);
    if (!created.ok) return created;
    if (REJECTED.has(created.value.transactionStatus)) return err({ kind: 'rejected' });
    return ok(created.value.paymentId);
  }

  /** The payment a key is bound to; an unresolved key has no answer yet, and "not found" only when it never left. */
  async function known(key: string): BankResult<string> {
    const bound = await store.get(byKey(key));
    if (!bound) return err({ kind: 'not-found' });
    return bound === UNRESOLVED ? err(NO_ANSWER_YET) : ok(bound);
  }

  async function receipt(link: ConsentLink, paymentId: string, key: string): BankResult<TransferReceipt> {
    const status = await http.get(link, `${payments}/${encodeURIComponent(paymentId)}/status`, PaymentStatus);
    if (!status.ok) return status;
    return ok({ transferId: paymentId, idempotencyKey: key, status: transferStatusOf(status.value.transactionStatus) });
  }

  async function remember(key: string, paymentId: string): Promise<void> {
    await store.set(byPayment(paymentId), key, RECORD_TTL_SECONDS);
    await store.set(byKey(key), paymentId, RECORD_TTL_SECONDS);
  }

  async function forget(key: string, paymentId: string): Promise<void> {
    await store.delete(byKey(key));
    await store.delete(byPayment(paymentId));
    await store.delete(byAuthorisation(paymentId));
  }

  /**
   * The authorisation already started for a payment, while the app can still approve it or has:
   * asked again for the same order (a yes said twice), the customer gets no second prompt.
   */
  async function startedBefore(link: ConsentLink, paymentId: string): BankResult<Approval | undefined> {
    const authorisationId = await store.get(byAuthorisation(paymentId));
    if (!authorisationId) return ok(undefined);
    const sca = await http.get(link, `${payments}/${encodeURIComponent(paymentId)}/authorisations/${encodeURIComponent(authorisationId)}`, ScaStatus);
    if (!sca.ok) return sca;
    const status = approvalStatusOf(sca.value.scaStatus);
    return ok(status === 'refused' ? undefined : { approvalId: approvalIdOf(paymentId, authorisationId), status });
  }

  const approvals: ApprovalsCapability = {
    start: (session, request) =>
      linked(session, async (link) => {
        const key = request.idempotencyKey ?? randomUUID();
        const paymentId = await initiate(link, request, key);
        if (!paymentId.ok) return paymentId;
        const before = await startedBefore(link, paymentId.value);
        if (!before.ok) return before;
        if (before.value) return ok(before.value);
        const started = await http.post(link, `${payments}/${encodeURIComponent(paymentId.value)}/authorisations`, {}, AuthorisationStarted);
        if (!started.ok) {
          // A payment nobody can approve is withdrawn, so it does not linger in the customer's app;
          // once it is, the key is free for a fresh attempt.
          const withdrawn = await http.delete(link, `${payments}/${encodeURIComponent(paymentId.value)}`);
          if (!withdrawn.ok) return started;
          await forget(key, paymentId.value);
          return mayExist(started.error) ? err({ kind: 'unavailable' }) : started;
        }
        await store.set(byAuthorisation(paymentId.value), started.value.authorisationId, RECORD_TTL_SECONDS);
        return ok({ approvalId: approvalIdOf(paymentId.value, started.value.authorisationId), status: approvalStatusOf(started.value.scaStatus) });
      }),
    status: (session, approvalId) =>
      linked(session, async (link) => {
        const ids = parseApprovalId(approvalId);
        if (!ids) return err({ kind: 'not-found' });
        const sca = await http.get(link, `${payments}/${encodeURIComponent(ids.paymentId)}/authorisations/${encodeURIComponent(ids.authorisationId)}`, ScaStatus);
        return sca.ok ? ok({ approvalId, status: approvalStatusOf(sca.value.scaStatus) }) : sca;
      }),
    // The payment is cancelled, and its authorisation with it; its key then names nothing.
    withdraw: (session, approvalId) =>
      linked(session, async (link) => {
        const ids = parseApprovalId(approvalId);
        if (!ids) return err({ kind: 'not-found' });
        const deleted = await http.delete(link, `${payments}/${encodeURIComponent(ids.paymentId)}`);
        if (!deleted.ok) return deleted;
        const key = await store.get(byPayment(ids.paymentId));
        if (key) await forget(key, ids.paymentId);
        return ok(undefined);
      }),
  };

  const transfers: TransfersCapability = {
    submit: (session, order) =>
      linked(session, async (link) => {
        const bound = await known(order.idempotencyKey);
        if (bound.ok) return receipt(link, bound.value, order.idempotencyKey);
        if (bound.error.kind !== 'not-found') return bound;
        if (order.approvalId) {
          // The approved payment already exists at the bank: bind the key to it and read its status.
          const ids = parseApprovalId(order.approvalId);
          if (!ids) return err({ kind: 'not-found' });
          const sca = await http.get(link, `${payments}/${encodeURIComponent(ids.paymentId)}/authorisations/${encodeURIComponent(ids.authorisationId)}`, ScaStatus);
          if (!sca.ok) return sca;
          if (approvalStatusOf(sca.value.scaStatus) !== 'approved') return err({ kind: 'rejected', reason: 'not approved' });
          await remember(order.idempotencyKey, ids.paymentId);
          return receipt(link, ids.paymentId, order.idempotencyKey);
        }
        const paymentId = await initiate(link, order, order.idempotencyKey);
        if (!paymentId.ok) return paymentId;
        return receipt(link, paymentId.value, order.idempotencyKey);
      }),
    status: (session, key) =>
      linked(session, async (link) => {
        const paymentId = await known(key);
        return paymentId.ok ? receipt(link, paymentId.value, key) : paymentId;
      }),
    cancel: (session, transferId) =>
      linked(session, async (link) => {
        const key = await store.get(byPayment(transferId));
        if (!key) return err({ kind: 'not-found' });
        const deleted = await http.delete(link, `${payments}/${encodeURIComponent(transferId)}`);
        if (!deleted.ok) return deleted;
        // 204: cancelled; 202: the bank wants the cancellation approved in its app first.
        return deleted.value === 204 ? ok({ transferId, idempotencyKey: key, status: 'cancelled' }) : receipt(link, transferId, key);
      }),
  };

  return { transfers, approvals };
}
