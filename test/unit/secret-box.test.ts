import { randomBytes } from 'node:crypto';
import { parseSealingKeys, secretBox } from '../../fulfillment/records/secret-box';

const k = (id: string) => ({ id, key: randomBytes(32) });

describe('the secret box that seals bank tokens', () => {
  it('opens what it sealed, bound to its row only', () => {
    const box = secretBox([k('k1')]);
    const sealed = box.seal('bank-token', 'link-1');
    expect(sealed).not.toContain('bank-token');
    expect(box.open(sealed, 'link-1')).toBe('bank-token');
    expect(box.open(sealed, 'link-2')).toBeUndefined();
  });

  it('refuses a value whose ciphertext was changed', () => {
    const box = secretBox([k('k1')]);
    const parts = box.seal('bank-token', 'link-1').split('.');
    const body = Buffer.from(parts[4] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[4] = body.toString('base64url');
    expect(box.open(parts.join('.'), 'link-1')).toBeUndefined();
  });

  it('rotates: the newest key seals, an older one still opens, and its values read as stale', () => {
    const old = k('2026-01');
    const sealedBefore = secretBox([old]).seal('bank-token', 'link-1');
    const rotated = secretBox([k('2026-12'), old]);
    expect(rotated.open(sealedBefore, 'link-1')).toBe('bank-token');
    expect(rotated.stale(sealedBefore)).toBe(true);
    expect(rotated.stale(rotated.seal('bank-token', 'link-1'))).toBe(false);
    expect(secretBox([k('2026-12')]).open(sealedBefore, 'link-1')).toBeUndefined();
  });

  it('reads a key ring from the environment, newest first, and names what is wrong with a bad one', () => {
    const a = randomBytes(32).toString('base64');
    const b = randomBytes(32).toString('base64');
    const ring = parseSealingKeys(`new:${a}, old:${b}`);
    expect(Array.isArray(ring) && ring.map((r) => r.id)).toEqual(['new', 'old']);
    expect(parseSealingKeys('short:abcd')).toMatch(/32 bytes/);
    expect(parseSealingKeys(`x:${a},x:${b}`)).toMatch(/twice/);
    expect(parseSealingKeys('')).toMatch(/at least one/);
  });
});
