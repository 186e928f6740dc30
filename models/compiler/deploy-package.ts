/**
 * `npm run deploy:package`: what a deployment uploads, from environment variables at build time,
 * written to dist/deploy/ (the committed models/ keep their placeholders and stay drift-checked):
 *
 *   alexa/ask-resources.json          so `ask deploy` (ASK CLI v2) takes alexa/ as it is
 *   alexa/.ask/ask-states.json        with ALEXA_SKILL_ID: the skill `ask deploy` updates (without it, it creates one)
 *   alexa/skill-package/              the manifest with the skill's endpoint, and the interaction models
 *   alexa/account-linking.json        SMAPI's account linking body (PUT .../accountLinkingClient) for the linking server
 *   alexa/account-linking-request.json  its accountLinkingRequest alone, for `ask smapi update-account-linking-info`
 *   dialogflow/                       the ES agent with its webhook URL and authorization header
 *   dialogflow-agent.zip              the same, for the console's "restore from zip"
 *   dialogflow-cx/                    the CX agent with its webhook URL and secret header
 *   dialogflow-cx-agent.zip           the same, for the CX console's "Restore"
 *
 * Settings: PUBLIC_URL (required), ALEXA_SKILL_ID, ALEXA_CLIENT_ID, ALEXA_CLIENT_SECRET, ALEXA_SSL_CERTIFICATE_TYPE,
 * ALEXA_LINK_DOMAINS, LINK_ACCESS_TOKEN_SECONDS, PRIVACY_POLICY_URL, DIALOGFLOW_SECRET,
 * DIALOGFLOW_CX_SECRET (the CX webhook's, DIALOGFLOW_SECRET when unset).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { LOCALES } from '../../fulfillment/kit/locale';
import * as z from '../../fulfillment/kit/schema';
import { alexaManifest, alexaModel } from './alexa';
import { dialogflowAgent, type AgentFile } from './dialogflow';
import { CX_NAMES, dialogflowCxAgent } from './dialogflow-cx';

/** The banking scopes Alexa asks for: read, and move money (skill/linking). */
const ALEXA_SCOPES = ['banking:read', 'banking:transfer'];

const Settings = z.object({
  PUBLIC_URL: z.url().check(z.regex(/^https:\/\/[^/]+$/, 'must be the https origin the server is reached at, without a path')),
  // The skill created once in the console: `ask deploy` updates it, where without it every deploy creates another.
  ALEXA_SKILL_ID: z.optional(z.string().check(z.regex(/^amzn1\.ask\.skill\.[\w-]+$/, 'must be the skill id from the developer console, amzn1.ask.skill.…'))),
  ALEXA_CLIENT_ID: z._default(z.string().check(z.minLength(1)), 'alexa-skill'),
  // As the server takes it (skill/config.ts): a secret it would refuse must never reach Amazon.
  ALEXA_CLIENT_SECRET: z.optional(z.string().check(z.minLength(32), z.regex(/^[\w.~-]+$/, 'letters, digits and - . _ ~ only (HTTP Basic takes them as they are)'))),
  ALEXA_SSL_CERTIFICATE_TYPE: z._default(z.enum(['Trusted', 'Wildcard']), 'Trusted'),
  ALEXA_LINK_DOMAINS: z._default(z.string(), ''),
  LINK_ACCESS_TOKEN_SECONDS: z._default(z.coerce.number().check(z.int(), z.minimum(300)), 3600),
  PRIVACY_POLICY_URL: z.optional(z.url()),
  DIALOGFLOW_SECRET: z.optional(z.string().check(z.minLength(16))),
  DIALOGFLOW_CX_SECRET: z.optional(z.string().check(z.minLength(16))),
});

/** The deployment's settings. */
export type DeploySettings = z.infer<typeof Settings>;

/** A file of the deployment: its path under dist/deploy and its JSON. */
export interface DeployFile {
  readonly path: string;
  readonly json: unknown;
}

/** Reads the settings; a string names every problem. */
export function deploySettings(env: Readonly<Record<string, string | undefined>>): DeploySettings | string {
  const parsed = Settings.safeParse(env);
  if (!env['PUBLIC_URL']) return 'PUBLIC_URL: required, the https origin the server is reached at (https://voice.bank.example)';
  return parsed.success ? parsed.data : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

/** The manifest with the endpoint (and privacy policy) of this deployment. */
function manifest(s: DeploySettings): unknown {
  const base = alexaManifest() as { manifest: Record<string, unknown> & { privacyAndCompliance: { locales: Record<string, object> } } };
  const { manifest: m } = base;
  return {
    manifest: {
      ...m,
      apis: { custom: { endpoint: { uri: `${s.PUBLIC_URL}/alexa`, sslCertificateType: s.ALEXA_SSL_CERTIFICATE_TYPE } } },
      privacyAndCompliance: {
        ...m.privacyAndCompliance,
        locales: Object.fromEntries(Object.keys(m.privacyAndCompliance.locales).map((l) => [l, { privacyPolicyUrl: s.PRIVACY_POLICY_URL ?? 'https://example.invalid/privacy' }])),
      },
    },
  };
}

/** SMAPI's account linking request: the authorization code grant against this server's /link. */
export function accountLinkingRequest(s: DeploySettings): unknown {
  return {
    accountLinkingRequest: {
      skipOnEnablement: false,
      type: 'AUTH_CODE',
      authorizationUrl: `${s.PUBLIC_URL}/link/auth`,
      accessTokenUrl: `${s.PUBLIC_URL}/link/token`,
      clientId: s.ALEXA_CLIENT_ID,
      ...(s.ALEXA_CLIENT_SECRET ? { clientSecret: s.ALEXA_CLIENT_SECRET } : {}),
      scopes: ALEXA_SCOPES,
      accessTokenScheme: 'HTTP_BASIC',
      defaultTokenExpirationInSeconds: s.LINK_ACCESS_TOKEN_SECONDS,
      domains: s.ALEXA_LINK_DOMAINS.split(',').map((d) => d.trim()).filter(Boolean),
    },
  };
}

/** The CX agent calling this deployment's webhook, with its secret in the header the CX unit reads. */
export function cxAgentFor(s: DeploySettings): AgentFile[] {
  const secret = s.DIALOGFLOW_CX_SECRET ?? s.DIALOGFLOW_SECRET;
  return dialogflowCxAgent().map((f) =>
    f.path === `webhooks/${CX_NAMES.webhook}.json`
      ? { ...f, json: { ...(f.json as object), genericWebService: { uri: `${s.PUBLIC_URL}/dialogflow-cx`, ...(secret ? { requestHeaders: [{ key: 'x-webhook-secret', value: secret }] } : {}) } } }
      : f,
  );
}

/** Every file of the deployment. */
export function deployFiles(s: DeploySettings): DeployFile[] {
  const agent = dialogflowAgent().map((f) =>
    f.path === 'agent.json'
      ? { ...f, json: { ...(f.json as object), webhook: { url: `${s.PUBLIC_URL}/dialogflow`, available: true, useForDomains: false, headers: s.DIALOGFLOW_SECRET ? { Authorization: `Bearer ${s.DIALOGFLOW_SECRET}` } : {} } } }
      : f,
  );
  return [
    { path: 'alexa/ask-resources.json', json: { askcliResourcesVersion: '2020-03-31', profiles: { default: { skillMetadata: { src: './skill-package' } } } } },
    ...(s.ALEXA_SKILL_ID ? [{ path: 'alexa/.ask/ask-states.json', json: { askcliStatesVersion: '2020-03-31', profiles: { default: { skillId: s.ALEXA_SKILL_ID } } } }] : []),
    { path: 'alexa/skill-package/skill.json', json: manifest(s) },
    ...LOCALES.map((locale) => ({ path: `alexa/skill-package/interactionModels/custom/${locale}.json`, json: alexaModel(locale) })),
    { path: 'alexa/account-linking.json', json: accountLinkingRequest(s) },
    { path: 'alexa/account-linking-request.json', json: (accountLinkingRequest(s) as { accountLinkingRequest: unknown }).accountLinkingRequest },
    ...agent.map((f) => ({ path: `dialogflow/${f.path}`, json: f.json })),
    ...cxAgentFor(s).map((f) => ({ path: `dialogflow-cx/${f.path}`, json: f.json })),
  ];
}

const text = (json: unknown) => `${JSON.stringify(json, null, 2)}\n`;

/** Writes the deployment into a folder (emptied first), with the agent's zip beside. */
export function writeDeployment(s: DeploySettings, out: string): DeployFile[] {
  rmSync(out, { recursive: true, force: true });
  const files = deployFiles(s);
  for (const f of files) {
    mkdirSync(path.dirname(path.join(out, f.path)), { recursive: true });
    writeFileSync(path.join(out, f.path), text(f.json));
  }
  for (const folder of ['dialogflow', 'dialogflow-cx']) {
    const agent = files.filter((f) => f.path.startsWith(`${folder}/`));
    writeFileSync(path.join(out, `${folder}-agent.zip`), zipSync(Object.fromEntries(agent.map((f) => [f.path.slice(folder.length + 1), new TextEncoder().encode(text(f.json))])), { level: 9 }));
  }
  return files;
}

if (require.main === module) {
  const settings = deploySettings(process.env);
  if (typeof settings === 'string') {
    // A package of an earlier run, with its secrets, is never left to be deployed by mistake.
    rmSync(path.resolve(__dirname, '../../dist/deploy'), { recursive: true, force: true });
    console.error(`cannot build the deployment (dist/deploy emptied):\n${settings}`);
    process.exitCode = 1;
  } else {
    const out = path.resolve(__dirname, '../../dist/deploy');
    const files = writeDeployment(settings, out);
    console.log(`wrote ${files.length} files, dialogflow-agent.zip and dialogflow-cx-agent.zip into ${path.relative(process.cwd(), out)}`);
    if (!settings.PRIVACY_POLICY_URL) console.warn('PRIVACY_POLICY_URL is not set: the manifest names https://example.invalid/privacy, which certification refuses.');
    if (!settings.DIALOGFLOW_SECRET) console.warn('DIALOGFLOW_SECRET is not set: the Dialogflow agents call the webhook with no secret, and a production server answers them 401; set it and package again before importing them.');
    if (!settings.ALEXA_SKILL_ID) console.warn('ALEXA_SKILL_ID is not set: `ask deploy` in dist/deploy/alexa creates a new skill; set it to the id of the skill created in the console (the one in ALEXA_SKILL_IDS) so that the deploy updates that one.');
    if (!settings.ALEXA_CLIENT_SECRET) console.warn('ALEXA_CLIENT_SECRET is not set: account-linking.json has no clientSecret; set it before `ask smapi update-account-linking-info`.');
  }
}
