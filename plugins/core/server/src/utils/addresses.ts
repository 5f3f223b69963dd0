import net from 'node:net';

/** `::ffff:1.2.3.4` → `1.2.3.4`; strips an IPv6 zone and brackets. */
export function normaliseAddress(address: string): string {
  let a = address
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
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
    if (!type || !address) throw new Error(`portal-core: trusted proxy "${raw}" is not an IP address or CIDR block`);
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

const headerList = (header: string | string[] | undefined): string[] => {
  const raw = Array.isArray(header) ? header.join(',') : (header ?? '');
  return raw
    .split(',')
    .map((h) => normaliseAddress(h))
    .filter(Boolean);
};

/**
 * The address a request came from. X-Forwarded-For is believed only when the connecting peer is a
 * trusted proxy; then the list is read from the right and the first address that is not itself a
 * trusted proxy is the client (entries a client wrote on the left are never reached).
 */
export function clientIp(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  const peer = normaliseAddress(remoteAddress ?? '');
  if (!trusted.has(peer)) return peer || 'unknown';
  const hops = headerList(forwardedFor);
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const hop = hops[i]!;
    if (!net.isIP(hop)) return peer; // garbage in the header: fall back to the proxy itself
    if (!trusted.has(hop)) return hop;
  }
  return hops[0] ?? peer;
}

/**
 * Deprecated rule (one release): N reverse proxies append to X-Forwarded-For, so the client is the
 * N-th entry from the right; 0 = the socket address.
 */
export function clientIpByHops(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string {
  const socketAddress = normaliseAddress(remoteAddress ?? '');
  if (hops <= 0) return socketAddress;
  const chain = headerList(forwardedFor);
  if (!chain.length) return socketAddress;
  const picked = chain[chain.length - hops] ?? chain[0] ?? socketAddress;
  return net.isIP(picked) ? picked : socketAddress;
}

/**
 * The network an address belongs to, for limits that must not be dodged by changing addresses
 * within one subscriber's allocation: IPv4 as is, IPv6 grouped by its /64 prefix.
 */
export function networkOf(address: string): string {
  const a = normaliseAddress(address);
  if (!net.isIPv6(a)) return a;
  const [head = '', tail = ''] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = a.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (parseInt(g || '0', 16) || 0).toString(16))
    .join(':')}::/64`;
}
