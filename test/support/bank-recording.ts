/** Replays a recorded Berlin Group exchange file (skill/banks/bank-recorder.ts) as nock interceptors. */
import { readFileSync } from 'node:fs';
import nock from 'nock';
import type { RecordedExchange } from '../../skill/banks/bank-recorder';

/** Serves each recorded answer once, in the order recorded; returns the scope to check it was all used. */
export function replayRecording(file: string, origin: string): nock.Scope {
  const scope = nock(origin);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const x = JSON.parse(line) as RecordedExchange;
    const body = typeof x.responseBody === 'string' ? x.responseBody : JSON.stringify(x.responseBody ?? '');
    scope.intercept(x.path, x.method).reply(x.status, body, { 'content-type': 'application/json' });
  }
  return scope;
}
