import type { IncomingMessage } from 'node:http';

/**
 * The client's address. X-Forwarded-For is only believed for as many hops as there are trusted proxies:
 * each proxy appends the address it saw, so with N trusted proxies the client is the N-th entry from the
 * right. Anything to the left of it was written by the client and may be forged.
 */
export function clientIp(req: IncomingMessage, trustedHops: number): string {
  const socketAddress = req.socket.remoteAddress ?? '';
  if (trustedHops <= 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const raw = Array.isArray(header) ? header.join(',') : header;
  if (!raw) return socketAddress;
  const chain = raw.split(',').map((s) => s.trim()).filter(Boolean);
  return chain[chain.length - trustedHops] ?? chain[0] ?? socketAddress;
}
