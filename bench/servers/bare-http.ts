/** Baseline: node:http alone, reading the JSON body and answering a Dialogflow-shaped JSON reply. */
import { createServer } from 'node:http';
import { BALANCE_SPEECH, benchPort } from './answer';

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { session?: string };
    const json = JSON.stringify({ fulfillmentText: BALANCE_SPEECH, outputContexts: [], session: body.session });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
    res.end(json);
  });
}).listen(benchPort(), '127.0.0.1');
