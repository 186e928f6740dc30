/**
 * The web simulator's routes, mounted only in development: the page at `/`, local
 * understanding (text -> the platform request it would send), an assistant's MCP calls to the
 * skill's /mcp, and the sandbox bank app (balances, pending approvals, approve or refuse).
 */
import path from 'node:path';
import express from 'express';
import * as z from '../../fulfillment/kit/schema';
import { text } from '../../fulfillment/kit/schema';
import type { SandboxBank } from '../../fulfillment/banks/sandbox/sandbox-bank';
import { LOCALES } from '../../fulfillment/kit/locale';
import type { FallbackRoutes } from '../server/app';
import { formatMoney } from '../../fulfillment/speech/money';
import { payeeValues, taughtValues } from './dynamic-values';
import { describeUnderstanding } from './describe';
import { platformRequest } from './platform-request';
import { localUnderstanding } from './understand';

const understandBody = z.object({
  text: text(500, 1),
  platform: z.enum(['alexa', 'dialogflow', 'dialogflow-cx']),
  locale: z.enum(LOCALES),
  token: z.optional(text(200)),
  session: z.object({
    id: text(200, 1),
    isNew: z.boolean(),
    attributes: z.optional(z.record(z.string(), z.unknown())),
    contexts: z.optional(z.array(z.unknown()).check(z.maxLength(20))),
  }),
  /** The last skill response, whose taught slot values (payees) the platform would now know. */
  lastResponse: z.optional(z.record(z.string(), z.unknown())),
});

const decisionBody = z.object({ decision: z.enum(['approved', 'refused']) });

const mcpBody = z.object({
  method: z.enum(['tools/list', 'tools/call']),
  name: z.optional(text(64, 1)),
  arguments: z.optional(z.record(z.string(), z.unknown())),
  token: text(200, 1),
  locale: z.enum(LOCALES),
});

/** How the routes start. */
export interface SimulatorOptions {
  /** Train every platform and locale at once, in the background (`npm start`), rather than at each one's first turn. */
  readonly warmUp?: boolean;
}

/**
 * The simulator's routes for a sandbox bank, as an express app the skill's app falls back to:
 * what it does not serve goes on to the skill's 404.
 */
export function simulatorRoutes(sandbox: SandboxBank, options: SimulatorOptions = {}): FallbackRoutes {
  const understanding = localUnderstanding();
  const everything = 9;
  let warming = options.warmUp ? understanding.warmUp() : undefined;
  const router = express();
  router.disable('x-powered-by');
  router.set('etag', false);
  router.use(express.static(path.join(__dirname, 'web')));
  router.use('/simulator', express.json({ limit: '16kb' }));

  router.post('/simulator/understand', async (req, res) => {
    const body = understandBody.safeParse(req.body);
    if (!body.success) {
      res.status(400).json({ error: 'expected text, platform, locale and session' });
      return;
    }
    const { text, platform, locale, token, session, lastResponse } = body.data;
    const taught = { ...payeeValues(platform, sandbox.control.books(token ?? '')?.payees ?? []), ...(lastResponse ? taughtValues(platform, lastResponse) : {}) };
    const understood = await understanding.understand(text, platform, locale, { session: taught });
    const request = platformRequest(platform, understood, text, locale, { ...session, ...(token ? { token } : {}) });
    res.json({ intent: understood.intent, platformIntent: understood.platformIntent, score: understood.score, slots: understood.slots, summary: describeUnderstanding(understood), request });
  });

  // An assistant's side of an MCP session: the JSON-RPC message it would post to /mcp, and what came back.
  let rpcId = 0;
  router.post('/simulator/mcp', async (req, res) => {
    const body = mcpBody.safeParse(req.body);
    if (!body.success || (body.data.method === 'tools/call' && !body.data.name)) {
      res.status(400).json({ error: 'expected a method (tools/list or tools/call with a name), a token and a locale' });
      return;
    }
    const { method, name, token, locale } = body.data;
    rpcId += 1;
    const message = { jsonrpc: '2.0', id: rpcId, method, params: method === 'tools/call' ? { name, arguments: body.data.arguments ?? {} } : {} };
    // The skill's own /mcp on the address this request came in on (development listens on loopback).
    const host = req.socket.localAddress?.includes(':') ? `[${req.socket.localAddress}]` : req.socket.localAddress;
    const answer = await fetch(`http://${host}:${req.socket.localPort}/mcp`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-11-25', 'accept-language': locale },
      body: JSON.stringify(message),
    });
    const text = await answer.text();
    let response: unknown = text;
    try {
      response = JSON.parse(text);
    } catch {
      // Not JSON: shown as the text it is.
    }
    res.json({ request: message, status: answer.status, response });
  });

  // Whether the local understanding is trained yet: the page says "getting ready" until it is.
  router.get('/simulator/status', (_req, res) => {
    const trained = understanding.trained().length;
    res.json({ ready: trained >= everything, trained, of: everything, warming: warming !== undefined });
  });
  router.post('/simulator/warm-up', (_req, res) => {
    warming ??= understanding.warmUp();
    res.status(202).json({ warming: true });
  });

  router.get('/simulator/approvals', (req, res) => {
    const books = sandbox.control.books(typeof req.query['token'] === 'string' ? req.query['token'] : '');
    const locale = LOCALES.find((l) => l === req.query['locale']) ?? 'en-US';
    const pending = sandbox.control
      .pendingApprovals()
      .filter((p) => p.customerId === books?.customerId)
      .map(({ approval, request }) => {
        const target = request.to;
        const to = target.kind === 'payee' ? books?.payees.find((p) => p.id === target.payeeId) : books?.accounts.find((a) => a.id === target.accountId);
        return { id: approval.approvalId, amount: formatMoney(request.amount, locale), to: to?.name ?? 'an unknown payee' };
      });
    res.json({ pending });
  });

  router.post('/simulator/approvals/:id', (req, res) => {
    const body = decisionBody.safeParse(req.body);
    if (!body.success) {
      res.status(400).json({ error: 'decision must be approved or refused' });
      return;
    }
    const done = sandbox.control.decide(req.params.id, body.data.decision);
    res.status(done ? 200 : 404).json(done ? { decided: body.data.decision } : { error: 'no such pending approval' });
  });

  // What discreet mode sent into the bank's app instead of saying it aloud.
  router.get('/simulator/inbox', (req, res) => {
    res.json({ messages: sandbox.control.inbox(typeof req.query['token'] === 'string' ? req.query['token'] : '') });
  });

  router.get('/simulator/accounts', async (req, res) => {
    const token = typeof req.query['token'] === 'string' ? req.query['token'] : '';
    const locale = LOCALES.find((l) => l === req.query['locale']) ?? 'en-US';
    const books = sandbox.control.books(token);
    if (!books) {
      res.status(404).json({ error: 'no demo customer with that token' });
      return;
    }
    const customer = { ok: true, value: { id: books.customerId, firstName: books.firstName } } as const;
    const accounts = await sandbox.accounts.list({ customer: customer.value, credentials: { token } });
    if (!accounts.ok) {
      res.status(503).json({ error: 'the bank is not answering' });
      return;
    }
    res.json({ customer: customer.value.firstName, accounts: accounts.value.map((a) => ({ name: a.name, balance: formatMoney(a.balance, locale) })) });
  });

  return router;
}
