/** Baseline: express 5 with its JSON parser, answering a Dialogflow-shaped JSON reply; no verification. */
import express from 'express';
import { BALANCE_SPEECH, benchPort } from './answer';

const app = express();
app.post(['/dialogflow', '/alexa'], express.json(), (req, res) => {
  res.json({ fulfillmentText: BALANCE_SPEECH, outputContexts: [], session: (req.body as { session?: string }).session });
});
app.listen(benchPort(), '127.0.0.1');
