/**
 * The requests the bench sends: Dialogflow balance requests with a fresh response id each, and
 * pools of Alexa balance requests, each with its own request id, signed ahead of a round with
 * the bench's test CA so that signing does not load the machine while a server is measured.
 */
import { randomUUID } from 'node:crypto';
import { alexaRequest, dialogflowRequest } from '../test/support/requests';
import { signBody } from '../test/support/test-ca';

/** The skill id every Alexa request carries and every Alexa server allows. */
export const BENCH_SKILL_ID = 'amzn1.ask.skill.test';
/** The certificate URL every signed request names. */
export const BENCH_CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-bench.pem';
/** The Dialogflow webhook secret of our server. */
export const BENCH_SECRET = 'bench-webhook-secret-0123456789';

/** One request as autocannon sends it. */
export interface BenchRequest {
  readonly body: string;
  readonly headers: Record<string, string>;
}

/** A Dialogflow balance request for the demo customer, with its own response id. */
export function dialogflowBalance(): BenchRequest {
  const body = JSON.stringify(dialogflowRequest('Balance', {}, { token: 'demo', requestId: randomUUID(), session: 'projects/bench/agent/sessions/s1' }));
  return { body, headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_SECRET}` } };
}

/** `count` signed Alexa balance requests for the demo customer, each with its own request id. */
export function signedAlexaPool(count: number, keyPem: string): BenchRequest[] {
  return Array.from({ length: count }, () => {
    const body = JSON.stringify(alexaRequest({ intent: 'BalanceIntent' }, { token: 'demo', requestId: `amzn1.echo-api.request.${randomUUID()}`, session: 'amzn1.echo-api.session.bench' }));
    return { body, headers: { 'content-type': 'application/json', signaturecertchainurl: BENCH_CERT_URL, 'signature-256': signBody(body, keyPem) } };
  });
}
