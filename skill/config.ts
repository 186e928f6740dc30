/** Configuration from the environment, parsed once with zod; a bad value stops start-up with a clear message. */
import * as z from '../fulfillment/kit/schema';
import { nonEmpty, text } from '../fulfillment/kit/schema';
import { DEFAULT_TRANSFER_POLICY, type TransferPolicy } from '../fulfillment/pipeline/transfer-policy';
import { parseSealingKeys } from '../fulfillment/records/secret-box';
import { parseLinkClients } from './linking/clients';
import { trustProxyProblem } from './server/client-address';
import { tlsFileProblems } from './banks/tls-files';

/** An integer variable from `min` to `max`, with its default. */
const integer = (min: number, max: number, fallback: number, tooBig?: string) =>
  z._default(z.coerce.number().check(z.int(), z.minimum(min), z.maximum(max, tooBig)), fallback);
const choice = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) => z._default(z.enum(values), fallback);
const decimal = (fallback: string) => z._default(z.string().check(z.regex(/^\d{1,12}(\.\d{1,2})?$/, 'must be a decimal amount such as 1000.00')), fallback);
const present = z.optional(nonEmpty);
const secret = z.optional(z.string().check(z.minLength(16, 'must be at least 16 characters')));
const NO_LIMIT = Number.MAX_SAFE_INTEGER;
const list = z.pipe(z._default(z.string(), ''), z.transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)));
const httpUrl = z.url().check(z.regex(/^https?:\/\//, 'must be an http(s) URL'));

/** The platforms a server can serve. */
export const PLATFORM_NAMES = ['alexa', 'dialogflow', 'dialogflow-cx', 'mcp'] as const;
/** One of them. */
export type PlatformName = (typeof PLATFORM_NAMES)[number];

/** The banks a server can answer from (`BANK_ADAPTER`); each needs an entry in the runtime's and the linking server's tables. */
export const BANK_NAMES = ['sandbox', 'berlin-group'] as const;
/** One of them. */
export type BankName = (typeof BANK_NAMES)[number];

/** The environment variables the skill reads, each checked on its own. */
const variables = z.object({
  NODE_ENV: choice(['development', 'production', 'test'], 'development'),
  PORT: integer(0, 65535, 3000),
  HOST: present,
  BANK_ADAPTER: choice(BANK_NAMES, 'sandbox'),
  BG_BASE_URL: z.optional(z.url().check(z.regex(/^https?:\/\//, 'must be an http(s) URL'))),
  BG_LINKS_FILE: present,
  BG_TIMEOUT_MS: integer(100, 4000, 2000),
  BG_INSTANT: choice(['on', 'off'], 'off'),
  BG_RECORD_DIR: present,
  BG_CLIENT_CERT: present,
  BG_CLIENT_KEY: present,
  BG_CA: present,
  LOG_LEVEL: choice(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
  MAX_BODY_BYTES: integer(1024, 1_000_000, 100 * 1024),
  TRANSFER_STEP_UP: choice(['none', 'pin', 'app', 'pin-and-app'], DEFAULT_TRANSFER_POLICY.stepUp),
  TRANSFER_MAX: decimal(DEFAULT_TRANSFER_POLICY.perTransferMax),
  TRANSFER_DAILY_MAX: decimal(DEFAULT_TRANSFER_POLICY.dailyMax),
  TRANSFER_PER_HOUR_MAX: integer(1, 1000, DEFAULT_TRANSFER_POLICY.perHourMax),
  TRANSFER_CONFIRM_ABOVE: decimal(DEFAULT_TRANSFER_POLICY.confirmAbove),
  TRANSFER_PENDING_SECONDS: integer(30, 3600, DEFAULT_TRANSFER_POLICY.pendingTtlSeconds),
  SANDBOX_PIN: z._default(z.string().check(z.regex(/^\d{4}$/, 'must be four digits')), '1234'),
  ALEXA_VERIFY: z.optional(z.enum(['on', 'off'])),
  ALEXA_SKILL_IDS: list,
  PLATFORMS: z.pipe(
    z.pipe(z._default(z.string(), PLATFORM_NAMES.join(',')), z.transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))),
    z.array(z.enum(PLATFORM_NAMES)).check(z.minLength(1, 'name at least one platform: alexa, dialogflow, dialogflow-cx, mcp')),
  ),
  SANDBOX_IN_PRODUCTION: choice(['yes', 'no'], 'no'),
  /** one-instance: an instance on a shared store refuses to start while another runs the sandbox; per-instance: each keeps its own books. */
  SANDBOX_BOOKS: choice(['one-instance', 'per-instance'], 'one-instance'),
  PUBLIC_URL: z.optional(httpUrl),
  DATABASE_URL: z.optional(z.string().check(z.regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'))),
  PGLITE_DIR: present,
  RECORDS: choice(['database', 'memory'], 'database'),
  LINK_KEYS: present,
  COOKIE_KEYS: z.optional(z.pipe(list, z.array(z.string().check(z.minLength(32, 'each cookie key must be at least 32 characters'))))),
  ALEXA_CLIENT_ID: z._default(text(128, 1), 'alexa-skill'),
  ALEXA_CLIENT_SECRET: z.optional(z.string().check(z.minLength(32, 'must be at least 32 characters'), z.regex(/^[\w.~-]+$/, 'letters, digits and - . _ ~ only (HTTP Basic takes them as they are)'))),
  ALEXA_REDIRECT_URLS: z.pipe(list, z.array(z.url().check(z.regex(/^https:\/\//, 'Alexa redirect URLs are https')))),
  LINK_CLIENTS: present,
  LINK_ACCESS_TOKEN_SECONDS: integer(300, 86_400, 3600),
  LINK_REFRESH_TOKEN_DAYS: integer(1, 3650, 365),
  BG_CONSENT_DAYS: integer(1, 180, 90),
  BG_CONSENT_PER_DAY: integer(1, 100, 4),
  BG_OAUTH_CLIENT_ID: present,
  BG_OAUTH_CLIENT_SECRET: present,
  DIALOGFLOW_SECRET: secret,
  RATE_LIMIT_PER_IP: integer(1, NO_LIMIT, 600),
  RATE_LIMIT_PER_CUSTOMER: integer(1, NO_LIMIT, 120),
  /**
   * Whose X-Forwarded-For the rate limits believe, as express's `trust proxy`: a number of proxy
   * hops, or the proxies' addresses and subnets (loopback, linklocal, uniquelocal by name). Unset:
   * the connection's address, since any client can write the header.
   */
  TRUST_PROXY: present,
  REDIS_URL: z.optional(z.string().check(z.regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL'))),
  REDIS_PREFIX: z._default(text(64), 'vb:'),
  /** The most one state store call may take; a turn makes a few, and they share the platforms' 4.5 s with the bank. */
  STORE_TIMEOUT_MS: integer(20, 2000, 800),
  /**
   * The most a request may take to arrive, headers and body: a client that sends a body slowly
   * never holds a connection longer than this (Node's own default waits 300 s). Generous, as a development server trains its understanding at start and may read a request late.
   */
  REQUEST_TIMEOUT_MS: integer(1000, 120000, 30000),
  BANK_DEADLINE_MS: integer(100, 4000, 3500, 'must leave time to answer within the platforms\' 4.5 s'),
  LOG_ID_KEY: secret,
  METRICS_TOKEN: secret,
  DIALOGFLOW_CX_SECRET: secret,
  MCP_ALLOWED_ORIGINS: z.pipe(z._default(z.string(), ''), z.transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))),
});

type Variables = z.infer<typeof variables>;
type Problem = (path: string, message: string) => void;

/**
 * The sandbox in production only when SANDBOX_IN_PRODUCTION=yes says so; a Berlin Group bank
 * needs its address, and production takes no development file of links.
 */
function bankRules(c: Variables, problem: Problem): void {
  const production = c.NODE_ENV === 'production';
  if (production && c.BANK_ADAPTER === 'sandbox' && c.SANDBOX_IN_PRODUCTION !== 'yes') {
    problem('BANK_ADAPTER', 'production refuses the sandbox bank and its demo data: choose a bank (BANK_ADAPTER=berlin-group), or set SANDBOX_IN_PRODUCTION=yes for a public demo');
  }
  if (production && c.BG_LINKS_FILE) problem('BG_LINKS_FILE', 'a file of bank tokens in plain text is for development; production links customers through the linking pages');
  if (production && c.LINK_KEYS === undefined) problem('LINK_KEYS', 'production needs the keys that seal bank tokens (id:base64 of 32 bytes, newest first)');
  if (c.LINK_KEYS !== undefined) {
    const ring = parseSealingKeys(c.LINK_KEYS);
    if (typeof ring === 'string') problem('LINK_KEYS', ring);
  }
  if (c.BANK_ADAPTER !== 'berlin-group') return;
  if (!c.BG_BASE_URL) problem('BG_BASE_URL', 'the berlin-group adapter needs the bank API root URL');
  if (production && c.BG_BASE_URL?.startsWith('http:')) problem('BG_BASE_URL', 'production talks to the bank over https only');
  if (Boolean(c.BG_CLIENT_CERT) !== Boolean(c.BG_CLIENT_KEY)) problem('BG_CLIENT_CERT', 'a client certificate needs both BG_CLIENT_CERT and BG_CLIENT_KEY');
  for (const p of tlsFileProblems({ cert: c.BG_CLIENT_CERT, key: c.BG_CLIENT_KEY, ca: c.BG_CA })) problem(p.setting, p.message);
  if (c.NODE_ENV === 'production' && c.BG_RECORD_DIR) problem('BG_RECORD_DIR', 'recording is for a bank sandbox, never production');
}

/**
 * The HTTP server's rules across variables. Production asks only for the settings of the
 * platforms it serves (PLATFORMS), and for what account linking and the records need.
 */
function serverRules(c: Variables, problem: Problem): void {
  bankRules(c, problem);
  if (c.NODE_ENV === 'production') {
    const serves = (p: PlatformName) => c.PLATFORMS.includes(p);
    if (serves('alexa') && c.ALEXA_VERIFY === 'off') problem('ALEXA_VERIFY', 'request verification cannot be turned off in production');
    if (serves('alexa') && c.ALEXA_SKILL_IDS.length === 0) problem('ALEXA_SKILL_IDS', 'production needs the allowed Alexa skill id(s), or PLATFORMS without alexa');
    if (serves('alexa') && !c.ALEXA_CLIENT_SECRET) problem('ALEXA_CLIENT_SECRET', 'production needs the client secret Alexa uses at the token endpoint (32+ characters)');
    if (serves('alexa') && c.ALEXA_REDIRECT_URLS.length === 0) problem('ALEXA_REDIRECT_URLS', "production needs the Alexa redirect URLs from the skill's account linking page");
    if (serves('dialogflow') && !c.DIALOGFLOW_SECRET) problem('DIALOGFLOW_SECRET', 'production needs the Dialogflow webhook secret, or PLATFORMS without dialogflow');
    if (serves('dialogflow-cx') && !c.DIALOGFLOW_CX_SECRET && !c.DIALOGFLOW_SECRET) problem('DIALOGFLOW_CX_SECRET', 'production needs the Dialogflow CX webhook secret (or DIALOGFLOW_SECRET), or PLATFORMS without dialogflow-cx');
    if (!c.PUBLIC_URL?.startsWith('https://')) problem('PUBLIC_URL', 'production needs the https URL the world reaches this server at (the linking pages and tokens name it)');
    if (!c.COOKIE_KEYS?.length) problem('COOKIE_KEYS', 'production needs the keys that sign the linking pages\' cookies (32+ characters each, newest first)');
    if (c.RECORDS === 'memory') problem('RECORDS', 'production keeps its records in a database');
    // Without it each process draws a key of its own: one customer's pseudonym changes on every restart and differs between instances.
    if (!c.LOG_ID_KEY) problem('LOG_ID_KEY', 'production needs the key that pseudonymises customers in logs, the same on every instance');
    if (!c.DATABASE_URL && !c.PGLITE_DIR) problem('DATABASE_URL', 'production keeps its records in PostgreSQL (DATABASE_URL), or for one instance in an embedded folder (PGLITE_DIR)');
  }
  const trust = c.TRUST_PROXY === undefined ? undefined : trustProxyProblem(c.TRUST_PROXY);
  if (trust) problem('TRUST_PROXY', `a number of proxy hops, or proxy addresses and subnets separated by commas (${trust})`);
  const clients = parseLinkClients(c.LINK_CLIENTS);
  if (typeof clients === 'string') problem('LINK_CLIENTS', clients);
  // Development and test both serve unverified requests (no signature check, no secret required).
  if (c.NODE_ENV !== 'production' && c.HOST && !LOOPBACK.has(c.HOST)) {
    problem('HOST', `${c.NODE_ENV} mode serves unverified requests and listens on loopback only; set NODE_ENV=production to listen elsewhere`);
  }
}

/**
 * The Lambda's rules: Lambda requests carry no signature, so the skill id check is all that
 * tells this skill's requests from another's, and it is required in every mode.
 */
function lambdaRules(c: Variables, problem: Problem): void {
  bankRules(c, problem);
  if (c.ALEXA_SKILL_IDS.length === 0) problem('ALEXA_SKILL_IDS', 'the Lambda handler needs the allowed Alexa skill id(s)');
  if (c.NODE_ENV === 'production' && !c.DATABASE_URL) problem('DATABASE_URL', 'the Lambda reads account links and writes the audit trail in PostgreSQL');
  if (c.NODE_ENV === 'production' && !c.PUBLIC_URL?.startsWith('https://')) problem('PUBLIC_URL', "the Lambda checks tokens issued for the linking server's https URL: the same PUBLIC_URL");
}

const withRules = (rules: (c: Variables, problem: Problem) => void) =>
  variables.check(z.superRefine((c, ctx) => rules(c, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message }))));

/** The environment variables the HTTP server reads, with the rules across them. */
export const configSchema = withRules(serverRules);

/** Where the configuration is read: the HTTP server or the Lambda handler. */
export type Entry = 'server' | 'lambda';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Whether Alexa requests are verified: always in production, on request elsewhere. */
export const alexaVerification = (c: Config) => (c.ALEXA_VERIFY ?? (c.NODE_ENV === 'production' ? 'on' : 'off')) === 'on';

/** The parsed configuration. */
export type Config = z.infer<typeof configSchema>;

/** Why the configuration was refused, one line per variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment for an entry point; throws ConfigError naming every bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, entry: Entry = 'server'): Config {
  const parsed = (entry === 'server' ? configSchema : withRules(lambdaRules)).safeParse(env);
  if (parsed.success) return parsed.data;
  throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
}

/** Whether the sandbox's demo customers may be served: outside production, or when production says so. */
export const sandboxServes = (c: Pick<Config, 'NODE_ENV' | 'SANDBOX_IN_PRODUCTION'>) => c.NODE_ENV !== 'production' || c.SANDBOX_IN_PRODUCTION === 'yes';

/** The URL the world reaches this server at: PUBLIC_URL, or the loopback address it listens on. */
export const publicUrlOf = (c: Config, port: number = c.PORT) => (c.PUBLIC_URL ?? `http://127.0.0.1:${port}`).replace(/\/$/, '');

/** The transfer policy the configuration sets. */
export function transferPolicyOf(config: Config): TransferPolicy {
  return {
    stepUp: config.TRANSFER_STEP_UP,
    perTransferMax: config.TRANSFER_MAX,
    dailyMax: config.TRANSFER_DAILY_MAX,
    perHourMax: config.TRANSFER_PER_HOUR_MAX,
    confirmAbove: config.TRANSFER_CONFIRM_ABOVE,
    pendingTtlSeconds: config.TRANSFER_PENDING_SECONDS,
  };
}
