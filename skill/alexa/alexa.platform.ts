/**
 * The Alexa platform unit: requests are verified (signature, certificate chain, timestamp,
 * skill id), checked against the envelope schema, translated into a turn, answered by the core
 * and rendered with ask-sdk's response builder. The Lambda entry answers through the same
 * `alexaResponder`.
 */
import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Core } from '../../fulfillment/core';
import type { Clock } from '../../fulfillment/kit/clock';
import { resolveLocale } from '../../fulfillment/kit/locale';
import type { Logger } from '../../fulfillment/kit/logger';
import { commonSpeech } from '../../fulfillment/speech/common';
import { alexaVerification, type Config } from '../config';
import type { PlatformUnit } from '../platform-unit';
import type { RequestGuard } from '../request-guard';
import { alexaEnvelopeSchema, type AlexaEnvelope } from './envelope.schema';
import { toSsml } from './ssml';
import { toEnvelope, toResponse } from './to-response';
import { toTurn } from './to-turn';
import { alexaVerifier } from './verify/alexa-verifier';
import { CertSource, httpsCertFetcher, type CertFetcher } from './verify/cert-source';

/** Test seams: a certificate fetcher and trusted roots instead of the network and Node's roots. */
export interface VerificationOverrides {
  readonly fetcher?: CertFetcher;
  readonly roots?: readonly X509Certificate[];
}

/** What the Alexa unit is built from. */
export interface AlexaSetup {
  readonly config: Config;
  readonly clock: Clock;
  readonly core: Core;
  readonly logger: Logger;
  readonly verification?: VerificationOverrides;
}

/**
 * Answers a checked envelope. A bug below is logged and answered with the locale's spoken
 * apology, as the core answers its own; request types the skill does not serve get an empty
 * response.
 */
export function alexaResponder(core: Core, logger: Logger): (envelope: AlexaEnvelope) => Promise<ResponseEnvelope> {
  return async (envelope) => {
    const inSession = envelope.session !== undefined;
    try {
      const turn = toTurn(envelope);
      return toEnvelope(toResponse(turn ? await core.handle(turn) : undefined), inSession);
    } catch (error) {
      logger.error({ platform: 'alexa', error: error instanceof Error ? error.name : 'unknown' }, 'alexa answer failed');
      const apology = commonSpeech(resolveLocale(envelope.request.locale)).somethingWentWrong();
      return toEnvelope({ outputSpeech: { type: 'SSML', ssml: toSsml(apology) }, shouldEndSession: true }, inSession);
    }
  };
}

type Claims = { context?: { System?: { user?: { accessToken?: unknown } } }; session?: { sessionId?: unknown; user?: { accessToken?: unknown } }; request?: { requestId?: unknown } } | null;
const claimsOf = (body: unknown) => (typeof body === 'object' ? (body as Claims) : null);
const stringOf = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

/** The verification guard, as the configuration asks for it. */
function verification(setup: AlexaSetup): RequestGuard[] {
  if (!alexaVerification(setup.config)) return [];
  // Node's roots are parsed when the first certificate chain is checked, not at start-up.
  let roots = setup.verification?.roots;
  const trusted = () => (roots ??= rootCertificates.map((pem) => new X509Certificate(pem)));
  const certs = new CertSource(setup.verification?.fetcher ?? httpsCertFetcher, trusted);
  return [alexaVerifier({ certs, clock: setup.clock, skillIds: setup.config.ALEXA_SKILL_IDS })];
}

/** Builds the Alexa unit. */
export function alexaPlatform(setup: AlexaSetup): PlatformUnit {
  const respond = alexaResponder(setup.core, setup.logger);
  return {
    name: 'alexa',
    path: '/alexa',
    authenticate: verification(setup),
    accessToken: (body) => {
      const b = claimsOf(body);
      return stringOf(b?.context?.System?.user?.accessToken ?? b?.session?.user?.accessToken);
    },
    requestId: (body) => stringOf(claimsOf(body)?.request?.requestId),
    sessionId: (body) => stringOf(claimsOf(body)?.session?.sessionId),
    async answer(body) {
      const envelope = alexaEnvelopeSchema.safeParse(body);
      if (!envelope.success) return { status: 400, error: 'not an Alexa request' };
      return { status: 200, body: await respond(envelope.data) };
    },
  };
}
