import net from 'node:net';

/**
 * The address a request came from. X-Forwarded-For is believed only when the connecting peer is a
 * configured trusted proxy; then the list is read from the right and the first address that is not
 * itself a trusted proxy is the client (entries a client wrote on the left are never reached).
 */
export function clientIp(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  const peer = normalise(remoteAddress ?? '');
  if (!trusted.has(peer)) return peer || 'unknown';
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor ?? '';
  const hops = header.split(',').map((h) => normalise(h.trim())).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = hops[i]!;
    if (!net.isIP(hop)) return peer; // garbage in the header: fall back to the proxy itself
    if (!trusted.has(hop)) return hop;
  }
  return hops[0] ?? peer;
}

/** `::ffff:1.2.3.4` → `1.2.3.4`; strips an IPv6 zone and brackets. */
function normalise(address: string): string {
  let a = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (a.toLowerCase().startsWith('::ffff:') && net.isIPv4(a.slice(7))) a = a.slice(7);
  return a;
}

export interface TrustedProxies {
  has(address: string): boolean;
}

/**
 * Trusted proxies from configuration: addresses, CIDR blocks (`10.0.0.0/8`), or `loopback`
 * (127.0.0.0/8 and ::1). An empty list trusts nobody.
 */
export function trustedProxies(entries: string[]): TrustedProxies {
  const list = new net.BlockList();
  let any = false;
  for (const raw of entries.map((e) => e.trim()).filter(Boolean)) {
    if (raw === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      any = true;
      continue;
    }
    const [address, bits] = raw.split('/');
    const type = net.isIPv6(address ?? '') ? 'ipv6' : net.isIPv4(address ?? '') ? 'ipv4' : null;
    if (!type || !address) throw new Error(`reviews: trusted proxy "${raw}" is not an IP address or CIDR block`);
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
    any = true;
  }
  return {
    has(address: string) {
      if (!any) return false;
      const type = net.isIPv6(address) ? 'ipv6' : net.isIPv4(address) ? 'ipv4' : null;
      return type !== null && list.check(address, type);
    },
  };
}
