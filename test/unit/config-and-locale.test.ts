import { resolveLocale } from '../../fulfillment/kit/locale';
import { ConfigError, loadConfig } from '../../skill/config';
import { PRODUCTION_ENV } from '../support/production-env';

describe('configuration', () => {
  it('defaults to the sandbox bank on port 3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, BANK_ADAPTER: 'sandbox', NODE_ENV: 'development' });
  });

  it('reads PORT from the environment', () => {
    expect(loadConfig({ PORT: '8080' }).PORT).toBe(8080);
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'eighty', BANK_ADAPTER: 'mystery-bank' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/BANK_ADAPTER/);
    }
  });

  it('gives the bank 3.5 s by default and refuses a deadline that leaves no time to answer', () => {
    expect(loadConfig({}).BANK_DEADLINE_MS).toBe(3500);
    expect(loadConfig({ BANK_DEADLINE_MS: '2000' }).BANK_DEADLINE_MS).toBe(2000);
    expect(() => loadConfig({ BANK_DEADLINE_MS: '5000' })).toThrow(/BANK_DEADLINE_MS/);
    expect(() => loadConfig({ BANK_DEADLINE_MS: 'soon' })).toThrow(/BANK_DEADLINE_MS/);
  });

  it('asks the Lambda for the skill id in every mode, and not for the Dialogflow secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'development' }, 'lambda')).toThrow(/ALEXA_SKILL_IDS/);
    const lambda = { ...PRODUCTION_ENV, DIALOGFLOW_SECRET: undefined };
    expect(loadConfig(lambda, 'lambda').ALEXA_SKILL_IDS).toEqual(['amzn1.ask.skill.x']);
    expect(() => loadConfig({ NODE_ENV: 'production', ALEXA_SKILL_IDS: 'amzn1.ask.skill.x' })).toThrow(/DIALOGFLOW_SECRET/);
  });

  it('asks production for the log pseudonym key, which every instance must share', () => {
    expect(loadConfig(PRODUCTION_ENV).LOG_ID_KEY).toBeDefined();
    expect(() => loadConfig({ ...PRODUCTION_ENV, LOG_ID_KEY: undefined })).toThrow(/LOG_ID_KEY/);
  });
});

describe('locale', () => {
  it.each([
    ['en-US', 'en-US'],
    ['en-us', 'en-US'],
    ['en', 'en-US'],
    ['en-GB', 'en-GB'],
    ['en_GB', 'en-GB'],
    ['de', 'de-DE'],
    ['de-AT', 'de-DE'],
    ['fr-FR', 'en-US'],
    [undefined, 'en-US'],
  ] as const)('%s speaks as %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });
});

describe('linking clients from LINK_CLIENTS', () => {
  it('takes a JSON list of clients and names what is wrong with a bad one', () => {
    expect(loadConfig({ LINK_CLIENTS: JSON.stringify([{ id: 'assistant', redirectUrls: ['https://assistant.example/cb'] }]) }).LINK_CLIENTS).toContain('assistant');
    expect(() => loadConfig({ LINK_CLIENTS: 'not json' })).toThrow(/LINK_CLIENTS: LINK_CLIENTS must be a JSON list/);
    expect(() => loadConfig({ LINK_CLIENTS: JSON.stringify([{ id: 'x' }]) })).toThrow(/LINK_CLIENTS: 0\.id/);
  });
});
