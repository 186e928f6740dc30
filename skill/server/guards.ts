/** The guards in front of each platform route, in order, as the configuration asks for them. */
import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import type { Clock } from '../../fulfillment/kit/clock';
import type { StateStore } from '../../fulfillment/state/state-store';
import { alexaVerifier } from '../alexa/verify/alexa-verifier';
import { CertSource, httpsCertFetcher, type CertFetcher } from '../alexa/verify/cert-source';
import { alexaVerification, type Config } from '../config';
import { webhookAuth } from '../dialogflow/webhook-auth';
import type { RequestGuard } from './guard';
import { alexaToken, customerRateLimit, dialogflowToken, ipRateLimit } from './rate-limit';
import { alexaRequestId, dialogflowRequestId, replayGuard } from './replay-guard';

/** Test seams: a certificate fetcher and trusted roots instead of the network and Node's roots. */
export interface VerificationOverrides {
  readonly fetcher?: CertFetcher;
  readonly roots?: readonly X509Certificate[];
}

/**
 * Address limit first (cheapest, shields the verifier), then authentication, then replay
 * protection and the customer limit, which only authenticated requests may spend.
 */
export function platformGuards(config: Config, store: StateStore, clock: Clock, seams: VerificationOverrides = {}) {
  const alexa: RequestGuard[] = [ipRateLimit(store, config.RATE_LIMIT_PER_IP)];
  if (alexaVerification(config)) {
    // Node's roots are parsed when the first certificate chain is checked, not at start-up.
    let roots = seams.roots;
    const trusted = () => (roots ??= rootCertificates.map((pem) => new X509Certificate(pem)));
    alexa.push(alexaVerifier({ certs: new CertSource(seams.fetcher ?? httpsCertFetcher, trusted), clock, skillIds: config.ALEXA_SKILL_IDS }));
  }
  alexa.push(replayGuard(store, 'alexa', alexaRequestId), customerRateLimit(store, config.RATE_LIMIT_PER_CUSTOMER, alexaToken));

  const dialogflow: RequestGuard[] = [ipRateLimit(store, config.RATE_LIMIT_PER_IP)];
  if (config.DIALOGFLOW_SECRET) dialogflow.push(webhookAuth(config.DIALOGFLOW_SECRET));
  dialogflow.push(replayGuard(store, 'dialogflow', dialogflowRequestId), customerRateLimit(store, config.RATE_LIMIT_PER_CUSTOMER, dialogflowToken));
  return { alexa, dialogflow };
}
