/** Configuration from the environment, parsed once with zod; a bad value stops start-up with a clear message. */
import { z } from 'zod';
import { DEFAULT_TRANSFER_POLICY, type TransferPolicy } from '../fulfillment/transfers/policy';

const port = z.coerce.number().int().min(0).max(65535);
const decimal = z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, 'must be a decimal amount such as 1000.00');

/** The environment variables the skill reads, each checked on its own. */
const variables = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).optional(),
  BANK_ADAPTER: z.enum(['sandbox', 'berlin-group']).default('sandbox'),
  BG_BASE_URL: z.string().url().regex(/^https?:\/\//, 'must be an http(s) URL').optional(),
  BG_LINKS_FILE: z.string().min(1).optional(),
  BG_TIMEOUT_MS: z.coerce.number().int().min(100).max(4000).default(2000),
  BG_INSTANT: z.enum(['on', 'off']).default('off'),
  BG_RECORD_DIR: z.string().min(1).optional(),
  BG_CLIENT_CERT: z.string().min(1).optional(),
  BG_CLIENT_KEY: z.string().min(1).optional(),
  BG_CA: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(1_000_000).default(100 * 1024),
  TRANSFER_STEP_UP: z.enum(['none', 'pin', 'app', 'pin-and-app']).default(DEFAULT_TRANSFER_POLICY.stepUp),
  TRANSFER_MAX: decimal.default(DEFAULT_TRANSFER_POLICY.perTransferMax),
  TRANSFER_DAILY_MAX: decimal.default(DEFAULT_TRANSFER_POLICY.dailyMax),
  TRANSFER_PER_HOUR_MAX: z.coerce.number().int().min(1).max(1000).default(DEFAULT_TRANSFER_POLICY.perHourMax),
  TRANSFER_CONFIRM_ABOVE: decimal.default(DEFAULT_TRANSFER_POLICY.confirmAbove),
  TRANSFER_PENDING_SECONDS: z.coerce.number().int().min(30).max(3600).default(DEFAULT_TRANSFER_POLICY.pendingTtlSeconds),
  SANDBOX_PIN: z.string().regex(/^\d{4}$/, 'must be four digits').default('1234'),
  ALEXA_VERIFY: z.enum(['on', 'off']).optional(),
  ALEXA_SKILL_IDS: z.string().default('').transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)),
  DIALOGFLOW_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_PER_CUSTOMER: z.coerce.number().int().min(1).default(120),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
  REDIS_PREFIX: z.string().max(64).default('vb:'),
  BANK_DEADLINE_MS: z.coerce.number().int().min(100).max(4000, 'must leave time to answer within the platforms\' 4.5 s').default(3500),
  LOG_ID_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
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
  variables.superRefine((c, ctx) => rules(c, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message })));

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
