/** Reading JSON request bodies: content type, size and syntax problems become clean 4xx answers. */
import type { NextFunction, Request, Response } from 'express';
import express from 'express';

/** A raw-body parser that keeps the exact bytes (Alexa signs them) up to a size limit. */
export function rawJsonBody(limitBytes: number) {
  return express.raw({ type: () => true, limit: limitBytes });
}

/** Refuses anything but application/json with 415 before the body is read. */
export function requireJson(req: Request, res: Response, next: NextFunction): void {
  if (!req.is('application/json')) {
    res.status(415).json({ error: 'content type must be application/json' });
    return;
  }
  next();
}

/** Parses the raw body as JSON, or answers 400. */
export function parseJson(body: unknown): { ok: true; value: unknown } | { ok: false } {
  if (!Buffer.isBuffer(body) || body.length === 0) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) };
  } catch {
    return { ok: false };
  }
}
