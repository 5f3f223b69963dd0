import crypto from 'node:crypto';
import net from 'node:net';
import type { IncomingHttpHeaders } from 'node:http';
import type { Core } from '@strapi/strapi';
import { CLIENT_IP_HEADER, WEB_KEY_HEADER } from '@portal/contract';
import { clientIp, clientIpByHops, networkOf, normaliseAddress, trustedProxies } from '../utils/addresses';
import { getConfig } from '../utils/config';

/** What the rule needs from a request: Koa's `ctx.req`, a bare IncomingMessage, GraphQL's koaContext.req. */
export interface RequestLike {
  socket?: { remoteAddress?: string };
  headers: IncomingHttpHeaders;
}

export { CLIENT_IP_HEADER, WEB_KEY_HEADER };

const sameSecret = (given: string, expected: string) => {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
};

/**
 * The one rule for "who is this client", for every plugin:
 *   1. the web portal (`x-portal-web-key` = REVALIDATE_SECRET) forwarding a citizen's request names the
 *      address it saw in `x-portal-client-ip` — believed only with the key;
 *   2. otherwise X-Forwarded-For, read from the right, only through TRUSTED_PROXIES;
 *   3. otherwise the socket address.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = getConfig(strapi);
  const trusted = trustedProxies(config.trustedProxies);
  const hops = config.trustedProxies.length === 0 ? config.legacyProxyHops : null;

  const service = {
    /** True when the request carries the web portal's key. */
    isWeb(headers: IncomingHttpHeaders): boolean {
      const given = headers[WEB_KEY_HEADER];
      return Boolean(config.webKey) && typeof given === 'string' && sameSecret(given, config.webKey);
    },
    of(req: RequestLike): string {
      const viaWeb = req.headers[CLIENT_IP_HEADER];
      if (typeof viaWeb === 'string' && service.isWeb(req.headers)) {
        const named = normaliseAddress(viaWeb);
        if (net.isIP(named)) return named;
      }
      const peer = req.socket?.remoteAddress;
      const forwarded = req.headers['x-forwarded-for'];
      return hops !== null ? clientIpByHops(peer, forwarded, hops) : clientIp(peer, forwarded, trusted);
    },
    /** The address's network for per-network limits: IPv4 as is, IPv6 by /64. */
    networkOf,
  };
  return service;
};
