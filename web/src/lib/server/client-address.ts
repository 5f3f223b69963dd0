/**
 * The citizen's address as the web server saw it, for the CMS's per-citizen limits.
 *
 * `next start` gives route handlers no socket address (Next 16 removed `request.ip`), and Next only
 * fills `x-forwarded-for` from the socket when the request has none (`??=` in base-server), so a
 * client-sent X-Forwarded-For would reach a handler untouched. `stampClientAddresses()` (run from
 * src/instrumentation.ts) therefore stamps every incoming request, before Next sees it, with the
 * address decided here: the socket address, or — only when the socket is a trusted proxy
 * (TRUSTED_PROXIES, e.g. `loopback` behind config/nginx/portal.conf) — the right-most X-Forwarded-For
 * entry that is not itself a trusted proxy. The stamp carries a per-process proof so a client cannot
 * send one of its own; requests the stamp missed (the very first one, before instrumentation ran)
 * have no address and count as the web's own.
 */
import crypto from 'node:crypto';
import http, { type IncomingMessage } from 'node:http';
import net from 'node:net';

export const STAMP_HEADER = 'x-portal-peer';
const PROOF = Symbol.for('portal.clientAddressProof');
type ProofHolder = { [PROOF]?: string };

const normalise = (address: string) => {
  let a = address
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  if (a.toLowerCase().startsWith('::ffff:') && net.isIPv4(a.slice(7))) a = a.slice(7);
  return a;
};

/** Addresses, CIDR blocks or `loopback`, comma-separated (the CMS reads the same variable). */
export function trustedProxies(setting: string | undefined): (address: string) => boolean {
  const list = new net.BlockList();
  let any = false;
  for (const raw of (setting ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (raw === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
    } else {
      const [address = '', bits] = raw.split('/');
      const type = net.isIPv6(address) ? 'ipv6' : net.isIPv4(address) ? 'ipv4' : null;
      if (!type) throw new Error(`TRUSTED_PROXIES: "${raw}" is not an IP address, a CIDR block or "loopback"`);
      if (bits === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(bits), type);
    }
    any = true;
  }
  return (address) => any && net.isIP(address) !== 0 && list.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4');
}

/** The client: the socket, or through trusted proxies the right-most untrusted X-Forwarded-For entry. */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: (a: string) => boolean,
): string {
  const peer = normalise(remoteAddress ?? '');
  if (!trusted(peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',').map(normalise).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = hops[i]!;
    if (!net.isIP(hop)) return peer;
    if (!trusted(hop)) return hop;
  }
  return hops[0] ?? peer;
}

/** Stamp every request this process receives (idempotent). */
export function stampClientAddresses(trustedSetting = process.env.TRUSTED_PROXIES): void {
  const holder = globalThis as ProofHolder;
  if (holder[PROOF]) return;
  const proof = crypto.randomBytes(16).toString('hex');
  const trusted = trustedProxies(trustedSetting);
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function stampingEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as IncomingMessage;
      req.headers[STAMP_HEADER] = `${proof} ${clientAddress(req.socket?.remoteAddress, req.headers['x-forwarded-for'], trusted)}`;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  holder[PROOF] = proof;
}

/** The stamped address of a request in a route handler, or null when it carries no valid stamp. */
export function stampedClientAddress(headers: Headers): string | null {
  const proof = (globalThis as ProofHolder)[PROOF];
  const [given, address] = (headers.get(STAMP_HEADER) ?? '').split(' ');
  if (!proof || !given || given.length !== proof.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(proof))) return null;
  return address && net.isIP(address) ? address : null;
}
