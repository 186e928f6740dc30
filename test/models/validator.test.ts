/** Every validator rule holds for our model, and each has a failing example that it catches. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { alexaModel, type AlexaModel } from '../../models/compiler/alexa';
import { buildModels } from '../../models/compiler/build';
import { agentZip } from '../../models/compiler/cli';
import { dialogflowAgent, type AgentFile } from '../../models/compiler/dialogflow';
import { drift } from '../../models/compiler/drift';
import { validateAlexa } from '../../models/compiler/validate-alexa';
import { validateDialogflow } from '../../models/compiler/validate-dialogflow';
import { sharedDir } from '../support/shared';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { printSkip } from '../support/skip-reason';

const rulesBroken = (problems: readonly { rule: string }[]) => [...new Set(problems.map((p) => p.rule))];

function alexaWith(change: (m: AlexaModel) => void): string[] {
  const model = alexaModel('en-US');
  change(model);
  return rulesBroken(validateAlexa(model, 'en-US'));
}

const balance = (m: AlexaModel) => {
  const intent = m.interactionModel.languageModel.intents.find((i) => i.name === 'BalanceIntent');
  if (!intent) throw new Error('BalanceIntent is in the model');
  return intent;
};

describe('the generated models', () => {
  it.each(['en-US', 'en-GB', 'de-DE'] as const)('%s breaks no Alexa rule', (locale) => {
    expect(validateAlexa(alexaModel(locale), locale)).toEqual([]);
  });

  it('the Dialogflow agent breaks no rule', () => {
    expect(validateDialogflow(dialogflowAgent())).toEqual([]);
  });
});

describe('Alexa rules, each with a failing example', () => {
  it.each([
    ['invocation-name', (m: AlexaModel) => void (m.interactionModel.languageModel.invocationName = 'bank')],
    ['invocation-name', (m: AlexaModel) => void (m.interactionModel.languageModel.invocationName = 'alexa voice bank')],
    ['invocation-name', (m: AlexaModel) => void (m.interactionModel.languageModel.invocationName = 'open my bank')],
    ['invocation-name', (m: AlexaModel) => void (m.interactionModel.languageModel.invocationName = 'My Bank')],
    ['utterance-characters', (m: AlexaModel) => void balance(m).samples.push('what is my balance in 2026')],
    ['utterance-characters', (m: AlexaModel) => void balance(m).samples.push('balance, please!')],
    ['slot-reference', (m: AlexaModel) => void balance(m).samples.push('balance of my {wallet}')],
    ['slot-reference', (m: AlexaModel) => void balance(m).samples.push('balance of my {account')],
    ['slot-reference', (m: AlexaModel) => void balance(m).samples.push('{account} or {account}')],
    ['required-builtins', (m: AlexaModel) => void (m.interactionModel.languageModel.intents = m.interactionModel.languageModel.intents.filter((i) => i.name !== 'AMAZON.NavigateHomeIntent'))],
    ['duplicate-utterance', (m: AlexaModel) => {
      const list = m.interactionModel.languageModel.intents.find((i) => i.name === 'ListAccountsIntent');
      list?.samples.push("what's my balance");
    }],
    ['duplicate-utterance', (m: AlexaModel) => void balance(m).samples.push("what's my balance")],
    ['slot-type-values', (m: AlexaModel) => {
      const type = m.interactionModel.languageModel.types.find((t) => t.name === 'ACCOUNT_TYPE');
      type?.values[1]?.name.synonyms.push('checking');
    }],
    ['slot-type-values', (m: AlexaModel) => {
      const type = m.interactionModel.languageModel.types.find((t) => t.name === 'ACCOUNT_TYPE');
      if (type?.values[1] && type.values[0]) type.values[1].id = type.values[0].id;
    }],
    ['slot-type-values', (m: AlexaModel) => void m.interactionModel.languageModel.types.push({ name: 'EMPTY', values: [] })],
  ])('catches %s', (rule, change) => {
    // An unbalanced brace also leaves a stray character, so a change may break one more rule.
    expect(alexaWith(change)).toContain(rule);
  });
});

describe('Dialogflow rules, each with a failing example', () => {
  const withFile = (change: (files: AgentFile[]) => AgentFile[]) => rulesBroken(validateDialogflow(change(dialogflowAgent())));

  it.each([
    ['intent-name', (f: AgentFile[]) => [...f, { path: 'intents/Pay:Bill.json', json: { ...(f.find((x) => x.path === 'intents/Balance.json')?.json as object), name: 'Pay:Bill' } }]],
    ['entity-name', (f: AgentFile[]) => [...f, { path: 'entities/9lives.json', json: { id: '406a0527-d6a9-4926-a06c-909aa3f82c02', name: '9lives', isOverridable: true, isEnum: false, automatedExpansion: false } }]],
    ['file-shape', (f: AgentFile[]) => f.map((x) => (x.path === 'intents/Balance.json' ? { ...x, json: { name: 'Balance' } } : x))],
    ['file-shape', (f: AgentFile[]) => f.map((x) => (x.path === 'intents/Balance_usersays_en.json' ? { ...x, json: [{ id: 'x', data: [], isTemplate: false, count: 0 }] } : x))],
    ['file-shape', (f: AgentFile[]) => f.map((x) => (x.path === 'entities/AccountType_entries_en.json' ? { ...x, json: [{ value: 'checking', synonyms: [] }] } : x))],
    ['file-shape', (f: AgentFile[]) => f.filter((x) => x.path !== 'agent.json')],
    ['file-shape', (f: AgentFile[]) => [...f, { path: 'notes.txt', json: 'hello' }]],
  ])('catches %s', (rule, change) => {
    expect(withFile(change as (f: AgentFile[]) => AgentFile[])).toEqual([rule]);
  });
});

describe('the Dialogflow zip', () => {
  const entries = unzipSync(agentZip());
  const names = Object.keys(entries);

  it('has the layout of a real export: agent.json, package.json, intents/ and entities/ at the root', () => {
    expect(names).toContain('agent.json');
    expect(names).toContain('package.json');
    expect(names.filter((n) => /^intents\/[^/]+\.json$/.test(n)).length).toBeGreaterThan(10);
    expect(names.filter((n) => /^intents\/[^/]+_usersays_(en|en-gb|de)\.json$/.test(n)).length).toBeGreaterThan(10);
    expect(names.filter((n) => /^entities\/[^/]+_entries_(en|en-gb|de)\.json$/.test(n)).length).toBeGreaterThan(3);
    expect(names.every((n) => /^(agent|package)\.json$|^(intents|entities)\/[^/]+\.json$/.test(n))).toBe(true);
  });

  const real = sharedDir();
  const exportDir = 'dir' in real ? path.join(real.dir, 'fixtures/platform/dialogflow-es/agent-export-virtual-google-assistant/sampleIntents') : '';
  if (!exportDir || !existsSync(exportDir)) printSkip(`comparison with a real export skipped: ${'missing' in real ? real.missing : `${exportDir} is not there`}`);
  (exportDir && existsSync(exportDir) ? it : it.skip)('uses the same file naming and top-level keys as a real export', () => {
    const realIntents = readdirSync(path.join(exportDir, 'intents'));
    expect(realIntents.some((n) => /_usersays_en\.json$/.test(n))).toBe(true);
    const realIntent = JSON.parse(readFileSync(path.join(exportDir, 'intents/CustomSlot.json'), 'utf8')) as object;
    const ours = JSON.parse(new TextDecoder().decode(entries['intents/Balance.json'])) as object;
    for (const key of ['id', 'name', 'auto', 'contexts', 'responses', 'priority', 'webhookUsed', 'fallbackIntent', 'events']) {
      expect(Object.keys(realIntent)).toContain(key);
      expect(Object.keys(ours)).toContain(key);
    }
  });
});

describe('drift', () => {
  it('notices a changed, a missing and a left-over generated file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'models-'));
    const built = buildModels();
    for (const g of built.slice(1)) {
      mkdirSync(path.dirname(path.join(dir, g.path)), { recursive: true });
      writeFileSync(path.join(dir, g.path), g === built[1] ? `${g.text} ` : g.text);
    }
    writeFileSync(path.join(dir, 'dialogflow/intents/Old.json'), '{}');
    expect(drift(built, dir).sort()).toEqual([`differs: ${built[1]?.path}`, 'left over: dialogflow/intents/Old.json', `missing: ${built[0]?.path}`].sort());
  });

  it('finds none for the committed models', () => {
    expect(drift(buildModels(), path.resolve(__dirname, '../../models'))).toEqual([]);
  });
});
