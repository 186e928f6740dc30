/**
 * Every real payload in ../shared/fixtures gets HTTP 200 with a valid response for its
 * platform, or a clean 4xx: never a 500 or a crash.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { startSkill } from '../support/harness';
import { sharedFiles } from '../support/shared';

const alexaResponse = z.object({
  version: z.literal('1.0'),
  response: z.object({
    outputSpeech: z.object({ type: z.literal('SSML'), ssml: z.string().regex(/^<speak>[^<>]*<\/speak>$/) }).optional(),
    reprompt: z.object({ outputSpeech: z.object({ type: z.literal('SSML'), ssml: z.string() }) }).optional(),
    card: z.object({ type: z.string() }).optional(),
    shouldEndSession: z.boolean().optional(),
  }),
  sessionAttributes: z.record(z.string(), z.never()).optional(),
});

const webhookResponse = z.object({
  fulfillmentText: z.string().min(1).optional(),
  fulfillmentMessages: z.array(z.object({}).loose()).optional(),
  outputContexts: z.array(z.object({ name: z.string(), lifespanCount: z.number().int() }).strict()).optional(),
  payload: z.object({}).loose().optional(),
});

const skill = startSkill();

function cases(sub: string, keep: (name: string) => boolean): [string, string][] {
  const found = sharedFiles(sub, keep);
  if ('missing' in found) {
    console.warn(`real payload tests for ${sub} skipped: ${found.missing}`);
    return [];
  }
  return found.files.map((f) => [path.basename(f), f]);
}

const alexaCases = [
  ...cases('fixtures/platform/alexa/alexa-app', (n) => n.endsWith('.json')),
  ...cases('fixtures/platform/alexa/ask-sdk-nodejs', (n) => n.endsWith('.json')),
];
const dialogflowCases = cases('fixtures/platform/dialogflow-es/dialogflow-fulfillment-nodejs', (n) => /Request/.test(n) && n.endsWith('.json'));

const check = alexaCases.length + dialogflowCases.length > 0 ? describe : describe.skip;

check('real platform payloads', () => {
  it.each(alexaCases)('Alexa %s -> 200 with a valid response, or a clean 4xx', async (_name, file) => {
    const res = await skill.post('/alexa', JSON.parse(readFileSync(file, 'utf8')));
    if (res.status === 200) expect(alexaResponse.safeParse(res.body).error).toBeUndefined();
    else {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body).toEqual({ error: expect.any(String) });
    }
  });

  it.each(dialogflowCases)('Dialogflow %s -> 200 with a valid response, or a clean 4xx', async (name, file) => {
    const res = await skill.post('/dialogflow', JSON.parse(readFileSync(file, 'utf8')));
    if (name.endsWith('.v1.json')) expect(res.status).toBe(400);
    if (res.status === 200) expect(webhookResponse.safeParse(res.body).error).toBeUndefined();
    else {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body).toEqual({ error: expect.any(String) });
    }
  });

  it('found the real payloads it promises to check', () => {
    expect(alexaCases.length).toBeGreaterThanOrEqual(20);
    expect(dialogflowCases.length).toBeGreaterThanOrEqual(15);
  });
});
