/**
 * The request line a refused or failed request logs: a path is chosen by the sender, so no digit
 * run or long id in it reaches the log, while the routes keep their names.
 */
import request from 'supertest';
import { loggedPath } from '../../skill/server/logged-path';
import { startSkill } from '../support/harness';
import { standaloneDigits } from '../support/standalone-digits';

describe('the path a request line logs', () => {
  it('keeps route names and masks segments that could carry a number or an id', () => {
    expect(loggedPath('/alexa')).toBe('/alexa');
    expect(loggedPath('/link/authorize')).toBe('/link/authorize');
    expect(loggedPath('/accounts/4321/balance')).toBe('/accounts/:id/balance');
    expect(loggedPath('/link/interaction/Xk9aB1234zz')).toBe('/link/interaction/:id');
    expect(loggedPath('/link/interaction/abcdefghijklmnopqrstuvwxyzABCD')).toBe('/link/interaction/:id');
    expect(loggedPath(`/${'a/'.repeat(300)}`).length).toBeLessThanOrEqual(201);
  });

  it('logs a 404 for a path holding a PIN and an account number without either', async () => {
    const skill = startSkill();
    const res = await request(skill.app).get('/alexa/1234/pay-to-8765');
    expect(res.status).toBe(404);
    const line = skill.logger.lines.map((l) => JSON.parse(l) as { msg?: string; path?: string; status?: number }).find((l) => l.msg === 'request' && l.status === 404);
    expect(line?.path).toBe('/alexa/:id/:id');
    expect(skill.logger.lines.join('\n')).not.toMatch(standaloneDigits('1234', '8765'));
  });
});
