/**
 * The voice PIN step, then the grant and the code: a new PIN (typed twice, kept only as its
 * scrypt hash) or the one already enrolled; the customer's earlier link for the same client is
 * replaced; link and PIN enrolment go into the audit trail.
 */
import { hashPin } from '../../fulfillment/records/pin-hash';
import { resetPinFailures } from '../../fulfillment/transfers/pin';
import { TOOLS_SCOPE } from './clients';
import { endLink } from './end-link';
import { pinForm } from './pages/forms';
import { readForm, type InteractionOptions, type PendingState, type StepContext } from './step';

/** The step's handler. */
export function pinStep(options: InteractionOptions, pending: PendingState): (s: StepContext) => Promise<void> {
  const { records, provider } = options;
  const now = () => options.clock.now().toISOString();

  return async (s) => {
    const { t } = s;
    const held = await pending.read(s.uid);
    const link = held.linkId ? await records.links.find(held.linkId) : undefined;
    // The PIN page only after the bank's step, for the link that step made.
    if (!link || held.bankDone !== true) return s.show(400, '', t.expired);
    const enrolled = (await records.pins.hashFor(link.customer.id)) !== undefined;
    const page = (error?: string) => s.show(200, pinForm(t, `${s.base}/pin`, `${s.base}/abort`, enrolled), error, t.pinTitle);
    if (s.method === 'GET') return page();
    if (s.method !== 'POST') return s.show(405, '', t.problem);
    const form = await readForm(s.req);
    if (form.get('keep') !== 'yes' || !enrolled) {
      const pin = form.get('pin') ?? '';
      // Four digits: every prompt asks for a four-digit PIN, and Alexa hears one as AMAZON.FOUR_DIGIT_NUMBER.
      if (!/^\d{4}$/.test(pin)) return page(t.pinInvalid);
      if (pin !== form.get('pinAgain')) return page(t.pinMismatch);
      await records.pins.enrol(link.customer.id, hashPin(pin));
      await resetPinFailures(options.store, link.customer.id);
      await records.audit.record({ at: now(), customerId: link.customer.id, action: 'pin-set', outcome: 'completed', client: s.clientId });
    }
    // One live link per customer and client: the newest replaces any earlier one.
    for (const earlier of await records.links.liveFor(link.customer.id, s.clientId)) {
      if (earlier === link.linkId) continue;
      await endLink(options, earlier, 'superseded', s.clientId);
    }
    const grant = new provider.Grant({ accountId: link.linkId, clientId: s.clientId });
    const allowed = new Set(s.client.scopes.filter((x) => x !== TOOLS_SCOPE));
    const asked = String(s.details.params['scope'] ?? '').split(' ').filter((x) => allowed.has(x));
    grant.addResourceScope(options.resources[s.client.resource], (asked.length > 0 ? asked : [...allowed]).join(' '));
    const grantId = await grant.save();
    await records.audit.record({ at: now(), customerId: link.customer.id, action: 'link', outcome: 'completed', reference: link.linkId, client: s.clientId });
    await pending.forget(s.uid);
    return provider.interactionFinished(s.req, s.res, { login: { accountId: link.linkId }, consent: { grantId } }, { mergeWithLastSubmission: false });
  };
}
