/** The Dialogflow CX agent export breaks no rule, each rule has a failing example it catches, and the zip is a restorable package. */
import { unzipSync } from 'fflate';
import { agentZip } from '../../models/compiler/cli';
import type { AgentFile } from '../../models/compiler/dialogflow';
import { CX_NAMES, dialogflowCxAgent } from '../../models/compiler/dialogflow-cx';
import { validateDialogflowCx } from '../../models/compiler/validate-dialogflow-cx';
import { cxAgentFor, deployFiles, deploySettings } from '../../models/compiler/deploy-package';
import { DIALOGFLOW_CX_INTENTS } from '../../models/source/platform-names';
import { DIALOGFLOW_CX_INTENTS as RUNTIME_TABLE } from '../../skill/dialogflow-cx/intent-names.generated';

type Json = Record<string, unknown>;
const FLOW = `flows/${CX_NAMES.flow}/${CX_NAMES.flow}.json`;
const rulesBroken = (change: (files: AgentFile[]) => void) => {
  const files = structuredClone(dialogflowCxAgent());
  change(files);
  return [...new Set(validateDialogflowCx(files).map((p) => p.rule))];
};
const json = (files: AgentFile[], path: string) => files.find((f) => f.path === path)?.json as Json;
const routes = (files: AgentFile[]) => json(files, FLOW).transitionRoutes as Json[];

it('breaks no rule', () => {
  expect(validateDialogflowCx(dialogflowCxAgent())).toEqual([]);
});

it('routes every intent the webhook reads, and the webhook reads every tag the flow sends', () => {
  const flow = json(dialogflowCxAgent(), FLOW);
  const tags = [...(flow.transitionRoutes as Json[]), ...(flow.eventHandlers as Json[])].map((r) => (r.triggerFulfillment as Json).tag);
  expect(new Set(tags)).toEqual(new Set(DIALOGFLOW_CX_INTENTS.keys()));
  expect(RUNTIME_TABLE).toEqual(DIALOGFLOW_CX_INTENTS);
});

it.each([
  ['proto-keys', (f: AgentFile[]) => void ((routes(f)[1] as Json).triggerFulfilment = {})],
  ['proto-keys', (f: AgentFile[]) => void ((json(f, FLOW).nluSettings as Json).modelType = 'MODEL_TYPE_FANCY')],
  ['proto-keys', (f: AgentFile[]) => void ((json(f, `webhooks/${CX_NAMES.webhook}.json`).genericWebService as Json).requestHeaders = { 'x-webhook-secret': 'no' })],
  ['file-shape', (f: AgentFile[]) => void (json(f, 'intents/Balance/Balance.json').displayName = 'Balances')],
  ['file-shape', (f: AgentFile[]) => void f.push({ path: 'notes/todo.json', json: {} })],
  ['display-name', (f: AgentFile[]) => void f.push({ path: 'intents/Pay & Go/Pay & Go.json', json: { name: '5e0a6a3c-0000-5000-a000-000000000001', displayName: 'Pay & Go', priority: 500000 } })],
  ['unique-ids', (f: AgentFile[]) => void (json(f, 'intents/Income/Income.json').name = json(f, 'intents/Balance/Balance.json').name)],
  ['references', (f: AgentFile[]) => void ((routes(f)[1] as Json).intent = 'Balanse')],
  ['references', (f: AgentFile[]) => void ((json(f, 'intents/Balance/Balance.json').parameters as Json[])[0] = { id: 'account', entityType: '@Wallet' })],
  ['references', (f: AgentFile[]) => void ((json(f, 'intents/Balance/Balance.json').parameters as Json[]).length = 0)],
  ['tags', (f: AgentFile[]) => void ((routes(f)[1]?.triggerFulfillment as Json).tag = 'balance')],
  ['languages', (f: AgentFile[]) => void f.push({ path: 'intents/Balance/trainingPhrases/fr.json', json: { trainingPhrases: [] } })],
  ['languages', (f: AgentFile[]) => void (((json(f, 'intents/Balance/trainingPhrases/de.json').trainingPhrases as Json[])[0] as Json).languageCode = 'en')],
])('catches %s', (rule, change) => {
  expect(rulesBroken(change)).toEqual([rule]);
});

describe('the CX zip', () => {
  const names = Object.keys(unzipSync(agentZip(dialogflowCxAgent())));

  it('has the layout of a JSON package export: agent.json, flows, intents, entity types and the webhook at the root', () => {
    expect(names).toContain('agent.json');
    expect(names).toContain(`flows/${CX_NAMES.flow}/${CX_NAMES.flow}.json`);
    expect(names).toContain('webhooks/voice-banking.json');
    expect(names).toEqual(expect.arrayContaining(['intents/Transfer/Transfer.json', 'intents/Transfer/trainingPhrases/en.json', 'intents/Transfer/trainingPhrases/en-gb.json', 'intents/Transfer/trainingPhrases/de.json']));
    expect(names).toEqual(expect.arrayContaining(['entityTypes/Payee/Payee.json', 'entityTypes/Payee/entities/de.json']));
  });

  it('holds no secret: the webhook has an address and nothing to authenticate with', () => {
    const webhook = json(dialogflowCxAgent(), 'webhooks/voice-banking.json');
    expect(webhook.genericWebService).toEqual({ uri: 'https://example.invalid/dialogflow-cx' });
  });
});

describe('the deployment package', () => {
  it("points the CX agent at PUBLIC_URL's webhook with the secret header, and it still breaks no rule", () => {
    const settings = deploySettings({ PUBLIC_URL: 'https://voice.bank.example', DIALOGFLOW_SECRET: 'a-webhook-secret-of-some-length' });
    if (typeof settings === 'string') throw new Error(settings);
    const agent = cxAgentFor(settings);
    expect(json(agent, 'webhooks/voice-banking.json').genericWebService).toEqual({ uri: 'https://voice.bank.example/dialogflow-cx', requestHeaders: [{ key: 'x-webhook-secret', value: 'a-webhook-secret-of-some-length' }] });
    expect(validateDialogflowCx(agent)).toEqual([]);
    expect(deployFiles(settings).filter((f) => f.path.startsWith('dialogflow-cx/')).length).toBe(agent.length);
  });
});
