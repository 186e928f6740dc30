/**
 * Replays: a webhook call is answered once per id. Dialogflow ES always sends its responseId
 * (every v2 request recorded in ../shared/fixtures has one), so a request without one is
 * refused rather than answered with no way to tell a replay.
 */
import { startSkill } from '../support/harness';
import { dialogflowRequest } from '../support/requests';
import { booksOf } from '../support/speaker';

const cases = [['dialogflow', '/dialogflow', 'responseId', () => dialogflowRequest('Balance', {}, { token: 'demo' })]] as const;

describe.each(cases)('%s', (_platform, path, idField, request) => {
  it(`refuses a request without ${idField}, every time it is sent, before the bank is asked`, async () => {
    const skill = startSkill();
    const body: Record<string, unknown> = { ...request() };
    delete body[idField];
    for (let i = 0; i < 2; i += 1) {
      const res = await skill.post(path, body);
      expect(res.status).toBe(400);
      expect(res.body.error).toContain(idField);
    }
    expect(skill.sandbox.control.calls()).toEqual({});
  });

  it(`answers a request once per ${idField}`, async () => {
    const skill = startSkill();
    const body = request();
    expect((await skill.post(path, body)).status).toBe(200);
    expect((await skill.post(path, body)).status).toBe(400);
    expect(booksOf(skill, 'demo').transfers.size).toBe(0);
  });
});
