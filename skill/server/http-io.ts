/**
 * Reading request bodies and writing JSON answers on node:http, for the platform routes.
 *
 * Written here rather than taken from express's body-parser and res.json: on the two routes
 * every Alexa and Dialogflow turn takes, express 5 cost about 140 µs of CPU per request on
 * this project's bench machine against about 45 µs for node:http alone, more than our whole
 * turn. What the routes need is small: the exact bytes up to a limit (Alexa signs them), a
 * content-type check, and a JSON answer with its length.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Why a body could not be had. */
export type BodyProblem = 'too-large' | 'aborted';

/** Whether the request says its body is JSON (`application/json`, any parameters, any case). */
export function isJsonRequest(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (!type) return false;
  const semicolon = type.indexOf(';');
  return (semicolon < 0 ? type : type.slice(0, semicolon)).trim().toLowerCase() === 'application/json';
}

/** Whether the request's body is sent as it is, without a content encoding to undo. */
export function isIdentityEncoded(req: IncomingMessage): boolean {
  const encoding = req.headers['content-encoding'];
  return encoding === undefined || encoding.trim().toLowerCase() === 'identity';
}

/**
 * Reads the exact bytes of a body, at most `limit` of them. A declared length over the limit
 * is refused before a byte is read; a body that grows past it is refused as soon as it does.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | BodyProblem> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: Buffer | BodyProblem) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) finish('too-large');
      else chunks.push(chunk);
    });
    req.on('end', () => finish(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)));
    // A client that goes away mid-body: 'close' comes without 'end' (and 'error' where it reset).
    req.on('error', () => finish('aborted'));
    req.on('close', () => finish('aborted'));
  });
}

/** How long a refused body may go on arriving before the connection is closed. */
const DRAIN_GRACE_MS = 1000;

/**
 * After answering without reading the whole body (413, 415): the rest is read and dropped so
 * the client sees the answer rather than a reset, the connection is not kept for another
 * request, and a client that goes on sending is cut off after a grace period.
 */
export function dropRestOfBody(req: IncomingMessage, res: ServerResponse): void {
  if (req.complete) return;
  res.shouldKeepAlive = false;
  req.resume();
  const timer = setTimeout(() => req.socket.destroy(), DRAIN_GRACE_MS);
  timer.unref();
  req.once('end', () => clearTimeout(timer));
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Answers with a text body of a given type, its length and any extra headers. */
export function sendText(res: ServerResponse, status: number, type: string, text: string, headers?: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Answers with a JSON body, its length and any extra headers. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void {
  sendText(res, status, JSON_TYPE, JSON.stringify(body), headers);
}

/** The one 404 answer, for unknown routes and for what a caller may not see. */
export function sendNotFound(res: ServerResponse): void {
  sendJson(res, 404, { error: 'not found' });
}
