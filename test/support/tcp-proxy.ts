/**
 * A TCP proxy on loopback in front of a real service, for faults the service itself cannot be
 * asked for without disturbing others who share it: `stall` keeps connections open but forwards
 * nothing (a frozen server, which answers late when healed), `kill` drops every connection and
 * stops listening, so new ones are refused (a dead server), `heal` listens and forwards again on
 * the same port. `close` ends everything it opened.
 */
import { connect, createServer, type Socket } from 'node:net';

/** The running proxy. */
export interface TcpProxy {
  /** The port it listens on, at 127.0.0.1. */
  readonly port: number;
  stall(): void;
  kill(): void;
  heal(): void;
  close(): Promise<void>;
}

/** Starts a proxy to host:port. */
export async function startTcpProxy(host: string, port: number): Promise<TcpProxy> {
  let mode: 'forward' | 'stall' | 'dead' = 'forward';
  const sockets = new Set<Socket>();
  const held: (() => void)[] = [];
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    const upstream = connect({ host, port });
    track(upstream);
    const forward = (from: Socket, to: Socket) =>
      from.on('data', (chunk: Buffer) => {
        if (mode === 'forward') to.write(chunk);
        else if (mode === 'stall') held.push(() => to.write(chunk));
      });
    forward(client, upstream);
    forward(upstream, client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('proxy has no port');
  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
    held.length = 0;
  };
  return {
    port: address.port,
    stall: () => void (mode = 'stall'),
    kill() {
      mode = 'dead';
      server.close();
      dropAll();
    },
    heal() {
      if (mode === 'dead') server.listen(address.port, '127.0.0.1');
      mode = 'forward';
      // What a frozen server held back arrives late, as it would from Redis after a pause.
      for (const write of held.splice(0)) write();
    },
    close() {
      dropAll();
      return new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
    },
  };
}
