/**
 * Sealing the bank's tokens before they reach the database: AES-256-GCM (node:crypto) under a key
 * ring from the environment. The newest key seals; every key in the ring opens what it sealed, so a
 * key is rotated by putting a new one first and dropping the old one once nothing sealed with it is
 * left (see docs/records.md). Each sealed value is bound to its row (the associated data), so a
 * value copied into another row does not open there.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** One key of the ring: its id (stored beside each sealed value) and 32 bytes. */
export interface SealingKey {
  readonly id: string;
  readonly key: Buffer;
}

/** Seals and opens values; `open` answers undefined for anything it cannot authenticate. */
export interface SecretBox {
  seal(plain: string, boundTo: string): string;
  open(sealed: string, boundTo: string): string | undefined;
  /** Whether a sealed value was sealed with an older key than the newest. */
  stale(sealed: string): boolean;
}

const VERSION = 'v1';

/** Builds the box; the first key is the newest and seals, all open. Throws on a bad ring (a bug in configuration parsing). */
export function secretBox(keys: readonly SealingKey[]): SecretBox {
  const newest = keys[0];
  if (!newest) throw new Error('a secret box needs at least one key');
  for (const k of keys) if (k.key.length !== 32 || !/^[\w-]{1,32}$/.test(k.id)) throw new Error(`sealing key ${k.id}: needs an id of letters and 32 bytes`);
  const byId = new Map(keys.map((k) => [k.id, k.key]));
  const b64 = (b: Buffer) => b.toString('base64url');
  return {
    seal(plain, boundTo) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', newest.key, iv);
      cipher.setAAD(Buffer.from(boundTo, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, newest.id, b64(iv), b64(cipher.getAuthTag()), b64(body)].join('.');
    },
    open(sealed, boundTo) {
      const [version, id, iv, tag, body] = sealed.split('.');
      const key = id === undefined ? undefined : byId.get(id);
      if (version !== VERSION || !key || !iv || !tag || body === undefined) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(boundTo, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        return undefined;
      }
    },
    stale: (sealed) => sealed.split('.')[1] !== newest.id,
  };
}

/** Parses a ring written as `id:base64key,id:base64key` (newest first), or says what is wrong with it. */
export function parseSealingKeys(text: string): SealingKey[] | string {
  const keys: SealingKey[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [id, encoded] = part.split(':');
    const key = Buffer.from(encoded ?? '', 'base64');
    if (!id || !/^[\w-]{1,32}$/.test(id) || key.length !== 32) return 'each key is id:base64 of 32 bytes (openssl rand -base64 32), ids of letters, digits, - or _';
    if (keys.some((k) => k.id === id)) return `key id ${id} appears twice`;
    keys.push({ id, key });
  }
  return keys.length > 0 ? keys : 'at least one key';
}
