/**
 * `npm run deploy:package`: the skill package with its endpoint, SMAPI's account linking request,
 * ask-resources.json and the Dialogflow agent's webhook, from environment variables; nothing left
 * as example.invalid where a setting was given, and the committed models untouched.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { deploySettings, writeDeployment, type DeploySettings } from '../../models/compiler/deploy-package';

const env = {
  PUBLIC_URL: 'https://voice.bank.example',
  ALEXA_CLIENT_ID: 'alexa-voice-bank',
  ALEXA_CLIENT_SECRET: 'alexa-client-secret-0123456789abcdef-xyz',
  PRIVACY_POLICY_URL: 'https://bank.example/privacy',
  DIALOGFLOW_SECRET: 'dialogflow-webhook-secret-0123',
  ALEXA_LINK_DOMAINS: 'sca.bank.example',
  ALEXA_SKILL_ID: 'amzn1.ask.skill.0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
};

function settings(values: Record<string, string>): DeploySettings {
  const parsed = deploySettings(values);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

const allFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe('the deployment package', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'voice-banking-deploy-'));
  const read = (file: string) => JSON.parse(readFileSync(path.join(out, file), 'utf8'));
  beforeAll(() => void writeDeployment(settings(env), out));

  it('names the endpoint and the privacy policy in the manifest', () => {
    const { manifest } = read('alexa/skill-package/skill.json');
    expect(manifest.apis.custom.endpoint).toEqual({ uri: 'https://voice.bank.example/alexa', sslCertificateType: 'Trusted' });
    expect(manifest.privacyAndCompliance.locales['de-DE'].privacyPolicyUrl).toBe('https://bank.example/privacy');
  });

  it("asks Alexa for an authorization code grant against the linking server, in SMAPI's shape", () => {
    expect(read('alexa/account-linking.json')).toEqual({
      accountLinkingRequest: {
        skipOnEnablement: false,
        type: 'AUTH_CODE',
        authorizationUrl: 'https://voice.bank.example/link/auth',
        accessTokenUrl: 'https://voice.bank.example/link/token',
        clientId: 'alexa-voice-bank',
        clientSecret: env.ALEXA_CLIENT_SECRET,
        scopes: ['banking:read', 'banking:transfer'],
        accessTokenScheme: 'HTTP_BASIC',
        defaultTokenExpirationInSeconds: 3600,
        domains: ['sca.bank.example'],
      },
    });
    expect(read('alexa/account-linking-request.json')).toEqual(read('alexa/account-linking.json').accountLinkingRequest);
  });

  it('lets `ask deploy` take the folder as it is, and update the skill created in the console', () => {
    expect(read('alexa/ask-resources.json')).toEqual({ askcliResourcesVersion: '2020-03-31', profiles: { default: { skillMetadata: { src: './skill-package' } } } });
    expect(read('alexa/.ask/ask-states.json')).toEqual({ askcliStatesVersion: '2020-03-31', profiles: { default: { skillId: env.ALEXA_SKILL_ID } } });
    expect(deploySettings({ ...env, ALEXA_SKILL_ID: 'my-skill' })).toMatch(/ALEXA_SKILL_ID: must be the skill id/);
    expect(read('alexa/skill-package/interactionModels/custom/en-GB.json').interactionModel.languageModel.invocationName).toBe('my voice bank');
  });

  it("points the Dialogflow agent's webhook here with its secret, in the folder and in the zip", () => {
    const webhook = { url: 'https://voice.bank.example/dialogflow', available: true, useForDomains: false, headers: { Authorization: `Bearer ${env.DIALOGFLOW_SECRET}` } };
    expect(read('dialogflow/agent.json').webhook).toEqual(webhook);
    const zipped = unzipSync(readFileSync(path.join(out, 'dialogflow-agent.zip')));
    expect(JSON.parse(new TextDecoder().decode(zipped['agent.json'])).webhook).toEqual(webhook);
  });

  it('leaves no example.invalid anywhere when every setting is given', () => {
    const texts = allFiles(out).filter((f) => f.endsWith('.json')).map((f) => readFileSync(f, 'utf8'));
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => t.includes('example.invalid'))).toEqual([]);
  });

  it('refuses an Alexa client secret the server would refuse, such as base64 with + / =', () => {
    expect(deploySettings({ ...env, ALEXA_CLIENT_SECRET: 'sG2bHvlNCii7VnCl7TbgVvhxNIzcvbp7KyrtXMrJ7Sw=' })).toMatch(/ALEXA_CLIENT_SECRET/);
  });

  it('refuses to build without an https PUBLIC_URL, and leaves the committed manifest as it was', () => {
    expect(deploySettings({})).toBe('PUBLIC_URL: required, the https origin the server is reached at (https://voice.bank.example)');
    expect(deploySettings({ PUBLIC_URL: 'http://voice.bank.example' })).toMatch(/PUBLIC_URL/);
    const committed = JSON.parse(readFileSync(path.join(__dirname, '../../models/alexa/skill.json'), 'utf8'));
    expect(committed.manifest.apis.custom.endpoint.uri).toBe('https://example.invalid/alexa');
  });
});
