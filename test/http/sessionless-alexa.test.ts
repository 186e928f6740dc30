/**
 * Alexa requests that belong to no conversation (AudioPlayer and PlaybackController events,
 * System.ExceptionEncountered), as Alexa sends them, without a session: an empty, well-formed
 * response, nothing spoken, and no error in the log.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startSkill } from '../support/harness';
import { sharedFiles } from '../support/shared';

const found = sharedFiles('fixtures/platform/alexa/alexa-app', (n) => /^(audio_player|playback_controller)/.test(n) && n.endsWith('.json'));
const recorded: [string, unknown][] = 'missing' in found ? [] : found.files.map((f) => [path.basename(f), JSON.parse(readFileSync(f, 'utf8')) as unknown]);
if ('missing' in found) console.warn(`recorded AudioPlayer payloads skipped: ${found.missing}`);

/** System.ExceptionEncountered as Alexa documents it: the error and the directive it answers. */
const exceptionEncountered = {
  version: '1.0',
  context: { System: { application: { applicationId: 'amzn1.ask.skill.test' }, user: { userId: 'amzn1.ask.account.test' } } },
  request: {
    type: 'System.ExceptionEncountered',
    requestId: 'amzn1.echo-api.request.exception-1',
    timestamp: '2026-11-20T15:30:00Z',
    locale: 'en-US',
    error: { type: 'INVALID_RESPONSE', message: 'Invalid directive' },
    cause: { requestId: 'amzn1.echo-api.request.earlier' },
  },
};

const requests: [string, unknown][] = [...recorded, ['System.ExceptionEncountered', exceptionEncountered]];

it.each(requests)('%s gets an empty response and no error log', async (_name, body) => {
  const skill = startSkill();
  const res = await skill.post('/alexa', body);
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ version: '1.0', response: {} });
  expect(skill.logger.lines.filter((l) => /"level":"(error|warn)"/.test(l))).toEqual([]);
});

it('covers the recorded AudioPlayer and PlaybackController events', () => {
  if (recorded.length === 0) return;
  expect(recorded.map(([, b]) => (b as { request: { type: string } }).request.type)).toEqual(expect.arrayContaining(['AudioPlayer.PlaybackStarted', 'PlaybackController.PlayCommandIssued']));
});
