/** A complete production configuration on the sandbox (said so with SANDBOX_IN_PRODUCTION), for tests that start production. */

/** Every setting production asks for, serving both platforms. */
export const PRODUCTION_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'production',
  SANDBOX_IN_PRODUCTION: 'yes',
  PUBLIC_URL: 'https://skill.bank.example',
  ALEXA_SKILL_IDS: 'amzn1.ask.skill.x',
  ALEXA_CLIENT_SECRET: 'alexa-client-secret-for-tests-0123456789',
  ALEXA_REDIRECT_URLS: 'https://pitangui.amazon.com/api/skill/link/M2TEST,https://layla.amazon.com/api/skill/link/M2TEST',
  DIALOGFLOW_SECRET: 'a-long-webhook-secret-for-tests',
  COOKIE_KEYS: 'cookie-key-for-tests-0123456789abcdef',
  LINK_KEYS: `test:${Buffer.alloc(32, 9).toString('base64')}`,
  DATABASE_URL: 'postgres://postgres@db.bank.example:5432/skill',
  LOG_ID_KEY: 'a-log-key-for-tests-0123456789',
};
