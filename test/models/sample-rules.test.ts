/** The project's own rules on samples: enough of them, German as broad as English, and ambiguous bare slots flagged. */
import { alexaModel } from '../../models/compiler/alexa';
import { dialogflowAgent, type AgentFile } from '../../models/compiler/dialogflow';
import { alexaSampleCounts, answerWordsAsValues, bareSlotWarnings, dialogflowSampleCounts, MIN_SAMPLES } from '../../models/compiler/sample-rules';

const LOCALES = ['en-US', 'en-GB', 'de-DE'] as const;
const says = (files: readonly AgentFile[], path: string) => files.find((f) => f.path === path)?.json as unknown[] | undefined;

describe('sample counts', () => {
  it('hold for the shipped models: every spoken intent has enough samples in every locale on both platforms', () => {
    expect(LOCALES.flatMap((l) => alexaSampleCounts(alexaModel(l), l))).toEqual([]);
    expect(dialogflowSampleCounts(dialogflowAgent())).toEqual([]);
  });

  it('catch an Alexa intent with too few samples', () => {
    const model = alexaModel('en-US');
    const pin = model.interactionModel.languageModel.intents.find((i) => i.name === 'PinIntent');
    if (pin) pin.samples = pin.samples.slice(0, MIN_SAMPLES - 1);
    expect(alexaSampleCounts(model, 'en-US').map((p) => p.rule)).toEqual(['sample-count']);
  });

  it('catch a Dialogflow intent without training phrases in one language, as Yes had none but four', () => {
    const files = dialogflowAgent().map((f) => (f.path === 'intents/Yes_usersays_de.json' ? { ...f, json: (f.json as unknown[]).slice(0, 4) } : f));
    expect(dialogflowSampleCounts(files)).toEqual([{ rule: 'sample-count', where: 'Yes de', message: expect.stringContaining('at least 12') }]);
  });

  it('catch German that is far thinner than English', () => {
    const files = dialogflowAgent().map((f) => (f.path === 'intents/Balance_usersays_de.json' ? { ...f, json: (f.json as unknown[]).slice(0, 16) } : f));
    expect(dialogflowSampleCounts(files).map((p) => p.rule)).toEqual(['sample-breadth']);
  });
});

describe('what the Dialogflow agent ships', () => {
  const files = dialogflowAgent();

  it.each(['Yes', 'No', 'Cancel', 'Stop', 'Help', 'Repeat', 'StartOver', 'More', 'Default Welcome Intent', 'Default Fallback Intent'])('trains %s in every language', (intent) => {
    for (const lang of ['en', 'en-gb', 'de']) expect(says(files, `intents/${intent}_usersays_${lang}.json`)?.length ?? 0).toBeGreaterThanOrEqual(MIN_SAMPLES);
  });

  it('sends merchants and payees by display name, and keeps the ids the core maps itself', () => {
    const entries = (name: string) => (files.find((f) => f.path === `entities/${name}_entries_en.json`)?.json ?? []) as { value: string }[];
    expect(entries('Merchant').map((e) => e.value)).toContain('Blue Bottle Coffee');
    expect(entries('Merchant').map((e) => e.value)).not.toContain('blue-bottle-coffee');
    expect(entries('Payee').map((e) => e.value)).toContain('Bob Carter');
    expect(entries('AccountType').map((e) => e.value)).toEqual(['checking', 'savings', 'credit-card', 'debit-card', 'other']);
    expect(entries('CardPayment').map((e) => e.value)).toEqual(['statement', 'minimum', 'balance']);
  });
});

describe('amounts on each platform', () => {
  type Part = { text: string; alias?: string; meta?: string };
  const phrases = (intent: string, lang: string) =>
    ((dialogflowAgent().find((f) => f.path === `intents/${intent}_usersays_${lang}.json`)?.json ?? []) as { data: Part[] }[]).map((u) =>
      u.data.map((p) => (p.meta ? `[${p.text}]${p.meta}` : p.text)).join(''),
    );

  it('give two slots of one type different sample values in a Dialogflow training phrase', () => {
    expect(phrases('TransferOwn', 'en')).toContain('transfer [50 dollars]@sys.unit-currency from [checking]@AccountType to [savings]@AccountType');
    expect(phrases('ProvidePayee', 'de')).toContain('nicht an [Anna]@Payee sondern an [Jonas Weber]@Payee');
  });

  it('annotate a Dialogflow unit-currency over the number and its currency, never a number alone', () => {
    const transfer = phrases('Transfer', 'en');
    expect(transfer).toContain('send [50 dollars]@sys.unit-currency to [Anna]@Payee');
    expect(transfer).not.toContain('send [50]@sys.unit-currency dollars to [Anna]@Payee');
    expect(phrases('Transfer', 'de')).toContain('überweise [50 euro]@sys.unit-currency an [Anna]@Payee');
    const unitCurrency = ['en', 'en-gb', 'de'].flatMap((lang) => phrases('ProvideAmount', lang)).flatMap((p) => [...p.matchAll(/\[([^\]]*)\]@sys\.unit-currency/g)].map((m) => m[1]));
    expect(unitCurrency.length).toBeGreaterThan(50);
    expect(unitCurrency.filter((text) => /^\d+$/.test(text ?? ''))).toEqual([]);
  });

  it('train a number said alone as @sys.number, for the amount Dialogflow cannot hear as money', () => {
    for (const lang of ['en', 'en-gb', 'de']) {
      const amounts = phrases('ProvideAmount', lang);
      expect(amounts).toContain('[50]@sys.number');
      expect(amounts.filter((p) => p.includes('@sys.number') && !p.includes('@sys.unit-currency')).length).toBeGreaterThanOrEqual(MIN_SAMPLES);
    }
    expect(phrases('ProvideAmount', 'en')).toContain('actually [50]@sys.number');
    expect(phrases('ProvideAmount', 'de')).toContain('sagen wir [50]@sys.number');
  });

  it('give Alexa alone a currency slot, so a currency said is not lost', () => {
    const transfer = alexaModel('en-US').interactionModel.languageModel.intents.find((i) => i.name === 'TransferIntent');
    expect(transfer?.slots).toContainEqual({ name: 'currency', type: 'CURRENCY' });
    expect(transfer?.samples).toContain('send {amount} {currency} to {payee}');
    const files = dialogflowAgent();
    expect(files.some((f) => f.path.startsWith('entities/Currency'))).toBe(false);
    const parameters = (files.find((f) => f.path === 'intents/Transfer.json')?.json as { responses: { parameters: { name: string }[] }[] }).responses[0]?.parameters;
    expect(parameters?.map((p) => p.name)).toEqual(['amount', 'cents', 'number', 'amountWord', 'rough', 'notAmountWord', 'payee', 'account', 'payeeAccount', 'when', 'recurring', 'nextAmount', 'nextPayee', 'ordinal', 'position', 'sameAmount', 'wholeBalance', 'pronoun', 'notAmount']);
  });
});

describe('the out-of-scope requests', () => {
  it("are Alexa's fallback samples in every locale", () => {
    for (const l of LOCALES) {
      const fallback = alexaModel(l).interactionModel.languageModel.intents.find((i) => i.name === 'AMAZON.FallbackIntent');
      expect(fallback?.samples.length ?? 0).toBeGreaterThan(100);
    }
  });
});

describe('bare slots', () => {
  it('warn that a number said alone, or after a yes, may reach ProvideAmount or Pin, in every locale', () => {
    const yes = { 'en-US': 'yes', 'en-GB': 'yes', 'de-DE': 'ja' } as const;
    for (const l of LOCALES) {
      const warnings = bareSlotWarnings(alexaModel(l), l);
      expect(warnings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ rule: 'bare-slot', where: `${l} ProvideAmountIntent "{amount}" and PinIntent "{pin}"` }),
          expect.objectContaining({ rule: 'bare-slot', where: `${l} ProvideAmountIntent "${yes[l]} {amount}" and PinIntent "${yes[l]} {pin}"` }),
        ]),
      );
      // Every one of them is such a pair ("{amount} please" and "{pin} please" too), none of another intent.
      for (const w of warnings) expect(w.where).toMatch(new RegExp(`^${l} ProvideAmountIntent ".*" and PinIntent ".*"$`));
    }
  });

  it('do not warn for a bare slot no other intent shares', () => {
    const model = alexaModel('en-US');
    // The PIN's samples reduced to those with a word for the PIN, which no amount has.
    for (const intent of model.interactionModel.languageModel.intents) intent.samples = intent.samples.filter((s) => !s.includes('{pin}') || /\bpin is\b/.test(s));
    expect(bareSlotWarnings(model, 'en-US')).toEqual([]);
  });
});

describe('slot values that are a yes or a no', () => {
  it('are none in the shipped models', () => {
    expect(LOCALES.flatMap((l) => answerWordsAsValues(alexaModel(l), l))).toEqual([]);
  });

  it('are caught: a type whose value is "no" would make "no" read as "yes"', () => {
    const model = alexaModel('en-US');
    const type = model.interactionModel.languageModel.types.find((t) => t.name === 'CARD_KIND');
    type?.values.push({ id: 'answer', name: { value: 'yes', synonyms: ['no'] } });
    expect(answerWordsAsValues(model, 'en-US')).toEqual([
      { rule: 'answer-value', where: 'en-US CARD_KIND', message: expect.stringContaining('"yes"') },
      { rule: 'answer-value', where: 'en-US CARD_KIND', message: expect.stringContaining('"no"') },
    ]);
  });
});
