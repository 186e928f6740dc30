/** The lint rule that keeps the core platform-neutral really fires. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

const CASES: [string, string][] = [
  ["import { SkillBuilders } from 'ask-sdk-core';", 'fulfillment/example.ts'],
  ["import type { Response } from 'ask-sdk-model';", 'fulfillment/example.ts'],
  ["import express from 'express';", 'fulfillment/transfers/example.ts'],
  ["import { SessionsClient } from '@google-cloud/dialogflow';", 'fulfillment/example.ts'],
  ["import { createApp } from '../skill/server/app';", 'fulfillment/example.ts'],
  ["import { z } from './schema';\nimport { ok } from './result';", 'fulfillment/example.ts'],
  ["import { SkillBuilders } from 'ask-sdk-core';", 'skill/example.ts'],
  ["import { z } from 'zod';", 'skill/alexa/example.ts'],
  ["import { z } from 'zod';", 'fulfillment/example.ts'],
];

// ESLint loads its flat config with a dynamic import, which jest's module sandbox cannot do,
// so the cases are linted in one child process through ESLint's own API.
const script = `
const { ESLint } = require('eslint');
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const [code, file] of cases) {
    const [r] = await eslint.lintText(code + '\\nexport const x = 1;\\n', { filePath: require('path').join(process.cwd(), file) });
    out.push(r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();`;

const results: string[][] = JSON.parse(
  execFileSync(process.execPath, ['-e', script], { cwd: root, input: JSON.stringify(CASES), encoding: 'utf8' }),
);
const messages = (i: number) => (results[i] ?? []).join(' ');

describe('the fulfillment core', () => {
  it('may not import ask-sdk-core or ask-sdk-model', () => {
    expect(messages(0)).toMatch(/no ask-sdk/);
    expect(messages(1)).toMatch(/no ask-sdk/);
  });

  it('may not import express, even from a sub-folder', () => {
    expect(messages(2)).toMatch(/knows nothing of HTTP/);
  });

  it('may not import @google-cloud', () => {
    expect(messages(3)).toMatch(/no @google-cloud/);
  });

  it('may not import from skill/', () => {
    expect(messages(4)).toMatch(/never depends on skill/);
  });

  it('may import its schema module and its own modules', () => {
    expect(results[5]).toEqual([]);
  });

  it('is the only place the rule applies: skill/ may import ask-sdk', () => {
    expect(results[6]).toEqual([]);
  });

  it('takes zod from fulfillment/kit/schema, in the core and in skill/ alike', () => {
    expect(messages(7)).toMatch(/fulfillment\/kit\/schema/);
    expect(messages(8)).toMatch(/fulfillment\/kit\/schema/);
  });
});
