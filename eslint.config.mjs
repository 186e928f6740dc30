// Lint rules: typescript-eslint's recommended set, plus the architecture rules: the fulfillment
// core never imports a platform SDK or a web framework, and the skill's schemas take zod from
// fulfillment/kit/schema (zod's mini build), so that a bundle carries only the checks it uses.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const zodPaths = ['zod', 'zod/v4', 'zod/v4/classic'].map((name) => ({ name, message: 'take z from fulfillment/kit/schema (zod/mini).' }));

const platformImports = {
  paths: zodPaths,
  patterns: [
    { group: ['ask-sdk*', 'ask-sdk-*/**'], message: 'fulfillment/ is platform-neutral: no ask-sdk.' },
    { group: ['express', 'express/**'], message: 'fulfillment/ knows nothing of HTTP servers.' },
    { group: ['@google-cloud/*'], message: 'fulfillment/ is platform-neutral: no @google-cloud.' },
    { group: ['**/skill/**', '../skill/**', '../../skill/**'], message: 'fulfillment/ never depends on skill/.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'models/alexa/**', 'models/dialogflow/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['fulfillment/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', platformImports] },
  },
  {
    files: ['skill/**/*.ts', 'models/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: zodPaths }] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { module: 'writable', require: 'readonly', process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['skill/simulator/web/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', crypto: 'readonly', setInterval: 'readonly', setTimeout: 'readonly' } },
  },
);
