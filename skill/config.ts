/** Configuration from the environment, parsed once with zod; a bad value stops start-up with a clear message. */
import * as z from '../fulfillment/kit/schema';
import { nonEmpty, text } from '../fulfillment/kit/schema';
import { DEFAULT_TRANSFER_POLICY, type TransferPolicy } from '../fulfillment/pipeline/transfer-policy';

/** An integer variable from `min` to `max`, with its default. */
const integer = (min: number, max: number, fallback: number, tooBig?: string) =>
  z._default(z.coerce.number().check(z.int(), z.minimum(min), z.maximum(max, tooBig)), fallback);
const choice = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) => z._default(z.enum(values), fallback);
const decimal = (fallback: string) => z._default(z.string().check(z.regex(/^\d{1,12}(\.\d{1,2})?$/, 'must be a decimal amount such as 1000.00')), fallback);
const present = z.optional(nonEmpty);
const secret = z.optional(z.string().check(z.minLength(16, 'must be at least 16 characters')));
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/** The environment variables the skill reads, each checked on its own. */
const variables = z.object({
  NODE_ENV: choice(['development', 'production', 'test'], 'development'),
  PORT: integer(0, 65535, 3000),
  HOST: present,
  BANK_ADAPTER: choice(['sandbox', 'berlin-group'], 'sandbox'),
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
  ALEXA_SKILL_IDS: z.pipe(z._default(z.string(), ''), z.transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))),
  DIALOGFLOW_SECRET: secret,
  RATE_LIMIT_PER_IP: integer(1, NO_LIMIT, 600),
  RATE_LIMIT_PER_CUSTOMER: integer(1, NO_LIMIT, 120),
  REDIS_URL: z.optional(z.string().check(z.regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL'))),
  REDIS_PREFIX: z._default(text(64), 'vb:'),
  BANK_DEADLINE_MS: integer(100, 4000, 3500, 'must leave time to answer within the platforms\' 4.5 s'),
  LOG_ID_KEY: secret,
  METRICS_TOKEN: secret,
  DIALOGFLOW_CX_SECRET: secret,
  PUBLIC_URL: z.optional(z.url().check(z.regex(/^https?:\/\/[^/]+$/, 'must be an origin such as https://bank.example, without a path'))),
  MCP_ALLOWED_ORIGINS: z.pipe(z._default(z.string(), ''), z.transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))),
});

type Variables = z.infer<typeof variables>;
type Problem = (path: string, message: string) => void;

/** A Berlin Group bank needs its address and the file of account links. */
function bankRules(c: Variables, problem: Problem): void {
  if (c.BANK_ADAPTER !== 'berlin-group') return;
  if (!c.BG_BASE_URL) problem('BG_BASE_URL', 'the berlin-group adapter needs the bank API root URL');
  if (!c.BG_LINKS_FILE) problem('BG_LINKS_FILE', 'the berlin-group adapter needs the JSON file of account links');
  if (c.NODE_ENV === 'production' && c.BG_BASE_URL?.startsWith('http:')) problem('BG_BASE_URL', 'production talks to the bank over https only');
  if (Boolean(c.BG_CLIENT_CERT) !== Boolean(c.BG_CLIENT_KEY)) problem('BG_CLIENT_CERT', 'a client certificate needs both BG_CLIENT_CERT and BG_CLIENT_KEY');
  if (c.NODE_ENV === 'production' && c.BG_RECORD_DIR) problem('BG_RECORD_DIR', 'recording is for a bank sandbox, never production');
}

/** The HTTP server's rules across variables. */
function serverRules(c: Variables, problem: Problem): void {
  bankRules(c, problem);
  if (c.NODE_ENV === 'production') {
    if (c.ALEXA_VERIFY === 'off') problem('ALEXA_VERIFY', 'request verification cannot be turned off in production');
    if (c.ALEXA_SKILL_IDS.length === 0) problem('ALEXA_SKILL_IDS', 'production needs the allowed Alexa skill id(s)');
    if (!c.DIALOGFLOW_SECRET) problem('DIALOGFLOW_SECRET', 'production needs the Dialogflow webhook secret');
  }
  if (c.NODE_ENV === 'development' && c.HOST && !LOOPBACK.has(c.HOST)) {
    problem('HOST', 'development mode serves unverified requests and listens on loopback only; set NODE_ENV=production to listen elsewhere');
  }
}

/**
 * The Lambda's rules: Lambda requests carry no signature, so the skill id check is all that
 * tells this skill's requests from another's, and it is required in every mode.
 */
function lambdaRules(c: Variables, problem: Problem): void {
  bankRules(c, problem);
  if (c.ALEXA_SKILL_IDS.length === 0) problem('ALEXA_SKILL_IDS', 'the Lambda handler needs the allowed Alexa skill id(s)');
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
