/**
 * A shop asked about early in a month, before anything was paid there: the customer hears that
 * nothing was spent there this month and, from all the history the bank keeps, the last payment
 * there, so a monthly charge not due yet is not taken for none at all. A month named keeps to it.
 * On both platforms, in English and German.
 */
import { startSkill } from '../support/harness';
import { converse } from '../support/simulated';

/** The morning of the first of a month: only the rent and the salary are booked in it yet. */
const FIRST_OF_THE_MONTH = '2026-12-01T09:00:00.000Z';

describe.each(['alexa', 'dialogflow'] as const)('on %s', (platform) => {
  it('says the last payment at Target when nothing was spent there this month', async () => {
    const chat = await converse(startSkill({ now: FIRST_OF_THE_MONTH }), platform, 'en-US', 'demo', FIRST_OF_THE_MONTH);
    const said = (await chat.say('what did I spend at target?')).spoken;
    expect(said).toMatch(/^You didn't spend anything at Target this month\. Your last payment at Target was on November \d+\. It was \$\d+\.\d\d\. Is there anything else\?$/);
  });

  it('keeps to a month named: nothing there is nothing, with no payment from another month', async () => {
    const chat = await converse(startSkill({ now: FIRST_OF_THE_MONTH }), platform, 'en-US', 'demo', FIRST_OF_THE_MONTH);
    // Alexa sends the shop as heard ("target"); Dialogflow as its entity's value.
    expect((await chat.say('what did I spend at target in december?')).spoken).toMatch(/^You didn't spend anything at target this month\. Is there anything else\?$/i);
  });

  it('nennt die letzte Zahlung bei MediaMarkt, wenn diesen Monat dort nichts bezahlt wurde', async () => {
    const chat = await converse(startSkill({ now: FIRST_OF_THE_MONTH }), platform, 'de-DE', 'demo-de', FIRST_OF_THE_MONTH);
    const said = (await chat.say('was habe ich bei mediamarkt ausgegeben')).spoken;
    expect(said).toMatch(/^Du hast diesen Monat nichts bei MediaMarkt ausgegeben\. Deine letzte Zahlung bei MediaMarkt war am \d+\. November\. Das waren \d+,\d\d\s€\./);
  });
});
