/**
 * Ends a link: marks it unlinked, forgets its grants and tokens at the linking server, withdraws
 * the bank's consent where the bank keeps one, and audits each step. A consent left valid at
 * the bank after the customer unlinked would keep the skill's access to their accounts alive for
 * months, so the skill withdraws it itself (Berlin Group: `DELETE /v1/consents/{consentId}`).
 */
import type { Clock } from '../../fulfillment/kit/clock';
import type { UnlinkReason } from '../../fulfillment/records/link-records';
import type { Records } from '../../fulfillment/records/records';
import type { Sql } from '../../fulfillment/records/sql/database';
import { withdrawConsent } from './berlin-group-consent';
import { forgetAccount } from './oidc-adapter';
import type { LinkingBank } from './step';

/** What ending a link needs. */
export interface LinkEnding {
  readonly records: Records;
  readonly sql: Sql;
  readonly bank: LinkingBank;
  readonly clock: Clock;
}

/** Ends a live link for a reason; false when it was not live. The client is the one that asked, for the audit. */
export async function endLink(deps: LinkEnding, linkId: string, reason: UnlinkReason, clientId?: string): Promise<boolean> {
  const { records } = deps;
  const link = await records.links.find(linkId);
  if (!link || !(await records.links.unlink(linkId, reason))) return false;
  await forgetAccount(deps.sql, linkId);
  const at = () => deps.clock.now().toISOString();
  const who = { customerId: link.customer.id, reference: linkId, ...(clientId ? { client: clientId } : {}) };
  // A link the customer never finished (given up, refused at the bank) was never audited as made.
  if (reason === 'revoked' || reason === 'superseded') await records.audit.record({ at: at(), action: 'unlink', outcome: reason, ...who });
  // A consent the bank already ended (lapsed, refused) has nothing left to withdraw.
  if (deps.bank.kind === 'berlin-group' && link.credentials.consentId && reason !== 'consent-lapsed') {
    const withdrawn = await withdrawConsent(deps.bank.http, link.credentials);
    await records.audit.record({ at: at(), action: 'consent-withdraw', outcome: withdrawn.ok ? 'completed' : `refused:${withdrawn.error.kind}`, ...who });
  }
  return true;
}
