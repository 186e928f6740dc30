/**
 * Log lines name a customer only by an HMAC pseudonym: the same customer the same way under
 * one LOG_ID_KEY (so one customer's turns can be followed across instances), never the bank's
 * customer id or the access token.
 */
import { startSkill, type TestSkill } from '../support/harness';
import { booksOf, speaker } from '../support/speaker';

function turnLines(skill: TestSkill): { customer?: string; msg: string }[] {
  return skill.logger.lines.map((l) => JSON.parse(l) as { customer?: string; msg: string }).filter((l) => l.msg === 'turn');
}

describe.each(['alexa', 'dialogflow'] as const)('on %s', (platform) => {
  it('hashes the customer id in turn logs, stably under one key and differently per customer', async () => {
    const key = { LOG_ID_KEY: 'a-log-key-shared-by-instances' };
    const first = startSkill({ env: key });
    const second = startSkill({ env: key });
    await speaker(first, platform)('Balance');
    await speaker(second, platform)('Balance');
    await speaker(first, platform, { token: 'demo-2' })('Balance');
    const [alex, alexElsewhere] = [turnLines(first)[0]?.customer, turnLines(second)[0]?.customer];
    const jordan = turnLines(first)[1]?.customer;
    expect(alex).toMatch(/^[a-p]{16}$/);
    expect(alexElsewhere).toBe(alex);
    expect(jordan).toMatch(/^[a-p]{16}$/);
    expect(jordan).not.toBe(alex);
    const log = first.logger.lines.join('\n');
    for (const secret of [booksOf(first, 'demo').customerId, booksOf(first, 'demo-2').customerId, 'demo-2']) expect(log).not.toContain(secret);
  });

  it('names no customer in the turn of an unlinked request', async () => {
    const skill = startSkill();
    await speaker(skill, platform, {})('Help');
    expect(turnLines(skill)[0]).not.toHaveProperty('customer');
  });
});
