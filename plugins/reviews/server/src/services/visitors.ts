/**
 * Who a visitor is, without storing who they are: the core's daily-salted hash of IP and user agent
 * (or of the portal's first-party cookie id, when the browser sends one). Salts rotate daily in the
 * portal's time zone and are deleted after two days (plugins/core).
 */
import crypto from 'node:crypto';
import type { CoreServices } from '@portal/strapi-plugin-core/types';

export interface Visitor {
  /** Rating identity: cookie id when present, else IP + user agent. */
  visitorHash: string;
  /**
   * The IP + user agent identity when the cookie is what names the visitor: a person votes before they have
   * the cookie (it is set by the vote, never on a visit), so their first vote is found under this one.
   */
  formerHash?: string;
  /** Rate-limit and report identity: the IP alone. */
  ipHash: string;
  /** The IP's network (IPv4 address, IPv6 /64): voters per network and article are bounded. */
  networkHash: string;
}

export function createVisitorService(hashes: CoreServices['visitors'], networkOf: (ip: string) => string, secret: string) {
  const cookieMac = (id: string) => crypto.createHmac('sha256', secret).update(`reviews:visitor:${id}`).digest('base64url').slice(0, 16);

  return {
    async identify(ip: string, userAgent: string, cookieValue: string | undefined): Promise<Visitor> {
      const salt = await hashes.salt();
      const cookieId = this.readCookie(cookieValue);
      const ipUa = hashes.hashWith(salt, 'reviews', 'ip-ua', ip, userAgent.slice(0, 512));
      return {
        visitorHash: cookieId ? hashes.hashWith(salt, 'reviews', 'cookie', cookieId) : ipUa,
        ...(cookieId ? { formerHash: ipUa } : {}),
        ipHash: hashes.hashWith(salt, 'reviews', 'ip', ip),
        networkHash: hashes.hashWith(salt, 'reviews', 'net', networkOf(ip)),
      };
    },
    /** A new signed cookie value (random id + MAC, so ids cannot be made up). */
    newCookie(): string {
      const id = crypto.randomBytes(16).toString('base64url');
      return `${id}.${cookieMac(id)}`;
    },
    /** The id in a cookie value when its MAC is right, else null. */
    readCookie(value: string | undefined): string | null {
      if (!value || value.length > 100) return null;
      const [id, mac] = value.split('.');
      if (!id || !mac || mac.length !== 16) return null;
      const given = Buffer.from(mac);
      const expected = Buffer.from(cookieMac(id));
      return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? id : null;
    },
  };
}

export type VisitorService = ReturnType<typeof createVisitorService>;
