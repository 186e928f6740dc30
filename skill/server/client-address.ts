/**
 * The client's address as the rate limits see it. Behind a load balancer every request comes
 * from the balancer, and one address would be shared by every customer; TRUST_PROXY names the
 * proxies whose X-Forwarded-For is believed, as express's `trust proxy` does: a number of hops,
 * or addresses and subnets (with the names loopback, linklocal, uniquelocal). The header is read
 * by proxy-addr, the library express itself uses for it. Without the setting the header is
 * ignored, since any client can write it.
 */
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/** How a request's address is found. */
export type ClientAddress = (req: IncomingMessage) => string;

/** The connection's own address. */
const socketAddress: ClientAddress = (req) => req.socket.remoteAddress ?? 'unknown';

/** Builds the lookup from TRUST_PROXY's value: empty or "off" ignores X-Forwarded-For. */
export function clientAddress(trustProxy: string | undefined): ClientAddress {
  const setting = trustProxy?.trim() ?? '';
  if (setting === '' || setting === 'off') return socketAddress;
  const trust = /^\d+$/.test(setting) ? hops(Number(setting)) : proxyAddr.compile(setting.split(',').map((s) => s.trim()));
  return (req) => (req.socket.remoteAddress === undefined ? 'unknown' : proxyAddr(req, trust));
}

/** Trusts the nearest `count` proxies, whatever their addresses (express's number form). */
const hops = (count: number) => (_address: string, index: number) => index < count;

/** Whether a TRUST_PROXY value can be understood: a hop count, "off", or addresses and subnets proxy-addr accepts. */
export function trustProxyProblem(value: string): string | undefined {
  try {
    clientAddress(value);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : 'not understood';
  }
}
