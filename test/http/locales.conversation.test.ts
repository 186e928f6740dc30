/** The skill speaks German with euros and British English with pounds, on both platforms. */
import { formatMoney } from '../../fulfillment/speech/money';
import { startSkill } from '../support/harness';
import { booksOf, speaker } from '../support/speaker';

describe.each(['alexa', 'dialogflow', 'dialogflow-cx'] as const)('on %s', (platform) => {
  it('answers "Wie ist mein Kontostand?" in German, in euros', async () => {
    const skill = startSkill();
    const say = speaker(skill, platform, { token: 'demo-de', locale: platform === 'alexa' ? 'de-DE' : 'de' });
    const reply = await say('Balance');
    const giro = booksOf(skill, 'demo-de').accounts.find((a) => a.kind === 'checking');
    if (!giro) throw new Error('Lena has a Girokonto');
    expect(reply.text).toMatch(/^Auf deinem Girokonto sind /);
    expect(reply.text).toContain(formatMoney(giro.balance, 'de-DE'));
    expect(formatMoney(giro.balance, 'de-DE')).toBe('2.310,45\u00a0€');
    expect(reply.text).toMatch(/Kann ich sonst noch etwas für dich tun\?$/);
  });

  it('answers a British customer in pounds, with a current account', async () => {
    const skill = startSkill();
    const say = speaker(skill, platform, { token: 'demo-gb', locale: platform === 'alexa' ? 'en-GB' : 'en-gb' });
    const reply = await say('Balance', { account: 'current account' });
    expect(reply.text).toBe('Your current account has £1,834.62. Is there anything else?');
  });

  it('greets in German', async () => {
    const skill = startSkill();
    const reply = await speaker(skill, platform, { token: 'demo-2', locale: platform === 'alexa' ? 'de-DE' : 'de' })('Launch');
    expect(reply.text).toMatch(/^Willkommen zurück, Jordan\./);
  });
});
