import { resolveLocale } from '../../fulfillment/locale';
import { ConfigError, loadConfig } from '../../skill/config';

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
