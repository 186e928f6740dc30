/**
 * The pages between the authorization request and the code: the bank's step (the sandbox's
 * sign-in, or a Berlin Group consent with the bank's SCA redirect), then the voice PIN, then the
 * grant. Each step is checked against the interaction of the browser's cookie (oidc-provider's),
 * and what one step leaves for the next (the new link's id, the bank's SCA page) waits in the
 * StateStore under the interaction's id: never a token or a PIN.
 *
 *   GET  {mount}/interaction/:uid               the bank's step
 *   POST {mount}/interaction/:uid/login         sandbox sign-in
 *   POST {mount}/interaction/:uid/bank          Berlin Group: create the consent
 *   GET  {mount}/interaction/:uid/bank          Berlin Group: the way to the bank's SCA page
 *   GET  {mount}/interaction/:uid/bank/back     the bank sends the customer back (ok or nok)
 *   GET  {mount}/interaction/:uid/pin           the voice PIN page
 *   POST {mount}/interaction/:uid/pin           set or keep the PIN, then the code
 *   POST {mount}/interaction/:uid/abort         cancel: access_denied back to the client
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolveLocale, type Locale } from '../../fulfillment/kit/locale';
import { berlinGroupStep } from './berlin-group-step';
import { endLink } from './end-link';
import { bankForm, signInForm } from './pages/forms';
import { renderPage, sendPage } from './pages/page';
import { pageText } from './pages/page-text';
import { pinStep } from './pin-step';
import { sandboxSignIn } from './sandbox-login';
import { pendingState, readForm, type InteractionOptions, type StepContext } from './step';

export type { InteractionOptions, LinkingBank } from './step';

/** The pages' handler: `step` is what follows the uid in the path ("", "/login", "/pin"...). */
export function interactionPages(options: InteractionOptions): (req: IncomingMessage, res: ServerResponse, uid: string, step: string) => Promise<void> {
  const { provider, records } = options;
  const pending = pendingState(options.store);
  const bankStep = options.bank.kind === 'berlin-group' ? berlinGroupStep(options, options.bank, pending) : undefined;
  const pin = pinStep(options, pending);

  return async (req, res, uid, step) => {
    const details = await provider.interactionDetails(req, res);
    const acceptLanguage = req.headers['accept-language']?.split(',')[0]?.split(';')[0];
    const locale: Locale = resolveLocale(String(details.params['ui_locales'] ?? '').split(' ')[0] || acceptLanguage);
    const t = pageText(locale);
    const show = (status: number, body: string, error?: string, title = t.title) => sendPage(res, status, renderPage({ locale, title, body, ...(error ? { error } : {}) }), options.formAction);
    if (details.uid !== uid) return show(400, '', t.expired);
    const clientId = String(details.params['client_id']);
    const client = options.clients.find((c) => c.metadata.client_id === clientId);
    if (!client) return show(400, '', t.problem);
    const clientName = client.metadata.client_name ?? clientId;
    const base = `${options.mountPath}/interaction/${uid}`;
    const signIn = (userName = '') => signInForm(t, clientName, `${base}/login`, `${base}/abort`, userName);
    const s: StepContext = {
      req, res, uid, base, step, t, clientId, client, details, show,
      method: req.method ?? 'GET',
      see: (location) => void res.writeHead(303, { location }).end(),
      firstPage: (error, status = 200) => show(status, options.bank.kind === 'sandbox' ? signIn() : bankForm(t, clientName, `${base}/bank`, `${base}/abort`, options.bank.consentDays), error),
    };

    if (s.method === 'GET' && step === '') return s.firstPage();
    if (s.method === 'POST' && step === '/abort') {
      // A link the bank's step already made, for a linking the customer gave up, is ended at once.
      const held = await pending.read(uid);
      if (held.linkId) await endLink(options, held.linkId, 'abandoned', clientId);
      await pending.forget(uid);
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'the customer cancelled linking' }, { mergeWithLastSubmission: false });
    }
    if (s.method === 'POST' && step === '/login' && options.bank.kind === 'sandbox') {
      const form = await readForm(req);
      const signedIn = sandboxSignIn(form.get('username') ?? '', form.get('password') ?? '');
      if (!signedIn) return show(200, signIn(form.get('username') ?? ''), t.wrongLogin);
      const link = await records.links.create({ ...signedIn, bank: 'sandbox', clientId });
      await pending.write(uid, { linkId: link.linkId, bankDone: true });
      return s.see(`${base}/pin`);
    }
    if (bankStep && step.startsWith('/bank')) return bankStep(s);
    if (step === '/pin') return pin(s);
    return show(405, '', t.problem);
  };
}
