/** A skill with Alexa verification on, trusting a test CA, and a counting certificate fetcher. */
import { startSkill, TEST_NOW, type TestSkill } from './harness';
import { mutableClock, type MutableClock } from './mutable-clock';
import { makeTestCa, signBody, type TestCa } from './test-ca';

/** The skill id the test skill allows. */
export const TEST_SKILL_ID = 'amzn1.ask.skill.test';
/** A certificate URL that passes the URL rules. */
export const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem';

let shared: TestCa | undefined;
/** One CA for the whole test file (key generation takes a moment). */
export const testCa = () => (shared ??= makeTestCa(new Date(TEST_NOW)));

/** A verifying skill plus what tests need to drive it. */
export interface SignedSkill {
  readonly skill: TestSkill;
  readonly clock: MutableClock;
  /** URLs the verifier fetched. */
  readonly fetched: string[];
  /** Which chain the fake network serves. */
  serve(chain: string): void;
  /** Posts a body signed with a key, with chosen headers. */
  post(body: string, headers: Record<string, string>): ReturnType<TestSkill['post']>;
  /** Signs a body with the good leaf key and posts it. */
  postSigned(body: string, keyPem?: string): ReturnType<TestSkill['post']>;
}

/** Starts the verifying skill. */
export function startSignedSkill(env: Record<string, string> = {}): SignedSkill {
  const ca = testCa();
  const clock = mutableClock(TEST_NOW);
  const fetched: string[] = [];
  let chain = ca.good.chain;
  const skill = startSkill({
    env: { ALEXA_VERIFY: 'on', ALEXA_SKILL_IDS: TEST_SKILL_ID, ...env },
    overrides: { clock, verification: { roots: [ca.root], fetcher: async (url) => { fetched.push(url); return chain; } } },
  });
  const post = (body: string, headers: Record<string, string>) => skill.postRaw('/alexa', body, headers);
  return {
    skill,
    clock,
    fetched,
    serve: (c) => void (chain = c),
    post,
    postSigned: (body, keyPem = ca.good.keyPem) => post(body, { signaturecertchainurl: CERT_URL, 'signature-256': signBody(body, keyPem) }),
  };
}
