/**
 * The bank's step for a Berlin Group bank: the consent (created from the customer's online banking
 * user id), the way to the bank's SCA page, and the way back, where only a consent the bank calls
 * valid lets the linking go on. With the OAuth2 SCA approach the bank's code becomes its tokens,
 * sealed into the link, before the status is asked.
 */
import { authorizeConsent, redeemBankCode } from './bank-oauth';
import { bankCustomerId, consentStatus, createConsent } from './berlin-group-consent';
import { toBankLink } from './pages/forms';
import { readForm, type InteractionOptions, type LinkingBank, type Pending, type PendingState, type StepContext } from './step';

/** The step's handler. */
export function berlinGroupStep(options: InteractionOptions, bank: Extract<LinkingBank, { kind: 'berlin-group' }>, pending: PendingState): (s: StepContext) => Promise<void> {
  const { records } = options;

  async function createTheConsent(s: StepContext): Promise<void> {
    const { uid, t } = s;
    const form = await readForm(s.req);
    const psuId = (form.get('psuId') ?? '').trim();
    const firstName = (form.get('firstName') ?? '').trim().slice(0, 60);
    if (!psuId || !firstName || psuId.length > 200) return s.firstPage(t.missingField);
    const back = `${options.publicUrl}${s.base}/bank/back`;
    const validUntil = new Date(options.clock.now().getTime() + bank.consentDays * 86_400_000).toISOString().slice(0, 10);
    const consent = await createConsent(bank.http, { psuId, redirect: `${back}?outcome=ok`, nokRedirect: `${back}?outcome=nok`, validUntil, frequencyPerDay: bank.perDay });
    const down = (e: { kind: string }) => s.firstPage(e.kind === 'unavailable' || e.kind === 'timeout' ? t.bankDown : t.bankRefused, 502);
    if (!consent.ok) return down(consent.error);
    let scaRedirect = consent.value.sca.kind === 'redirect' ? consent.value.sca.url : undefined;
    let bankOAuth: Pending['bankOAuth'];
    if (consent.value.sca.kind === 'oauth') {
      if (!bank.oauth) return down({ kind: 'unsupported' });
      const authorization = await authorizeConsent(bank.oauth, consent.value.sca.metadata, consent.value.consentId, back, uid);
      if (!authorization.ok) return down(authorization.error);
      scaRedirect = authorization.value.url;
      bankOAuth = { tokenEndpoint: authorization.value.tokenEndpoint, verifier: authorization.value.verifier };
    }
    const link = await records.links.create({
      customer: { id: bankCustomerId(bank.baseUrl, psuId), firstName },
      bank: 'berlin-group',
      clientId: s.clientId,
      credentials: { token: '', consentId: consent.value.consentId },
      consentValidUntil: validUntil,
    });
    await pending.write(uid, { linkId: link.linkId, ...(scaRedirect ? { scaRedirect } : {}), ...(bankOAuth ? { bankOAuth } : {}) });
    return s.see(`${s.base}/bank`);
  }

  async function comeBack(s: StepContext, held: Pending & { linkId: string }): Promise<void> {
    let link = await records.links.find(held.linkId);
    const consentId = link?.credentials.consentId;
    const code = new URL(s.req.url ?? '', options.publicUrl).searchParams.get('code');
    if (link && consentId && held.bankOAuth && bank.oauth && code) {
      const tokens = await redeemBankCode(bank.oauth, held.bankOAuth, consentId, code, `${options.publicUrl}${s.base}/bank/back`);
      if (tokens.ok) {
        await records.links.renew(link.linkId, tokens.value.credentials, tokens.value.renewal);
        link = { ...link, credentials: tokens.value.credentials };
      }
    }
    const ready = link && consentId && (!held.bankOAuth || link.credentials.token);
    const status = ready ? await consentStatus(bank.http, consentId, link?.credentials.token) : undefined;
    // Only a consent the bank calls valid links the account, whatever the way back said.
    if (status?.ok && status.value === 'valid') {
      await pending.write(s.uid, { linkId: held.linkId, bankDone: true });
      return s.see(`${s.base}/pin`);
    }
    await records.links.unlink(held.linkId, 'consent-lapsed');
    await pending.write(s.uid, {});
    const down = status && !status.ok && status.error.kind !== 'rejected' && status.error.kind !== 'consent-expired';
    return s.firstPage(down ? s.t.bankDown : s.t.bankRefused);
  }

  return async (s) => {
    if (s.method === 'POST' && s.step === '/bank') return createTheConsent(s);
    const held = await pending.read(s.uid);
    if (s.method === 'GET' && s.step === '/bank' && held.scaRedirect) return s.show(200, toBankLink(s.t, held.scaRedirect, `${s.base}/abort`));
    if (s.method === 'GET' && s.step === '/bank/back' && held.linkId) return comeBack(s, { ...held, linkId: held.linkId });
    return s.show(400, '', s.t.expired);
  };
}
