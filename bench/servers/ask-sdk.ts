/**
 * Baseline: a minimal ask-sdk-core skill behind ask-sdk-express-adapter, answering the balance
 * intent with a fixed sentence. VERIFY=on adds the adapter's SkillRequestSignatureVerifier and
 * TimestampVerifier. No network here, so the signature verifier's certificate cache is seeded
 * with the bench's test chain (CERT_CHAIN_FILE) for the request's URL: the first request's
 * download and chain check are skipped, and every request does the same work as in production
 * (URL checks, cache lookup, RSA-SHA256 verify with the cached PEM).
 */
import { readFileSync } from 'node:fs';
import { SkillBuilders } from 'ask-sdk-core';
import { ExpressAdapter, SkillRequestSignatureVerifier, TimestampVerifier } from 'ask-sdk-express-adapter';
import express from 'express';
import { BALANCE_SPEECH, benchPort } from './answer';

class SeededSignatureVerifier extends SkillRequestSignatureVerifier {
  constructor(url: string, chain: string) {
    super();
    this.certCache.set(url, chain);
  }
}

const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: () => true,
    handle: (input) => input.responseBuilder.speak(BALANCE_SPEECH).reprompt('What else?').withShouldEndSession(false).getResponse(),
  })
  .create();

const verify = process.env.VERIFY === 'on';
const verifiers = verify
  ? [new SeededSignatureVerifier(process.env.CERT_URL ?? '', readFileSync(process.env.CERT_CHAIN_FILE ?? '', 'utf8')), new TimestampVerifier()]
  : [];
const app = express();
app.post('/alexa', new ExpressAdapter(skill, false, false, verifiers).getRequestHandlers());
app.listen(benchPort(), '127.0.0.1');
