/**
 * A PostgreSQL address that takes the connection and never answers (a firewall, a proxy with no
 * database behind it) fails the opening with a reason, never hangs start-up in silence.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { openPostgres } from '../../fulfillment/records/sql/database';

let server: Server;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

it('gives up on a server that never answers, with an error', async () => {
  const { port } = server.address() as AddressInfo;
  const started = Date.now();
  await expect(openPostgres(`postgres://nobody@127.0.0.1:${port}/test`, { patienceMs: 300 })).rejects.toThrow(/timeout/i);
  // Far from the bound: the point is that it ends at all.
  expect(Date.now() - started).toBeLessThan(20_000);
});
