/**
 * Who a visitor is, without storing who they are: a hash of IP and user agent (or of the portal's
 * first-party cookie id, when the browser sends one) with a secret salt that rotates every day.
 * Salts live in the plugin's table so every instance agrees; they are deleted after two days, after
 * which no stored hash can be linked to an address any more.
 */
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { T } from '../db/schema';

export interface Visitor {
  /** Rating identity: cookie id when present, else IP + user agent. */
  visitorHash: string;
  /** Rate-limit and report identity: the IP alone. */
  ipHash: string;
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const KEEP_DAYS = 2;

export function createVisitorService(knex: Knex, secret: string, now: () => number = Date.now) {
  const cache = new Map<string, string>();

  async function saltFor(today: string): Promise<string> {
    const cached = cache.get(today);
    if (cached) return cached;
    await knex(T.salts).insert({ day: today, salt: crypto.randomBytes(32).toString('hex'), created_at: now() }).onConflict('day').ignore();
    const row = await knex(T.salts).where({ day: today }).first('salt');
    const cutoff = day(now() - KEEP_DAYS * 86_400_000);
    await knex(T.salts).where('day', '<', cutoff).delete();
    cache.clear();
    cache.set(today, row.salt as string);
    return row.salt as string;
  }

  const hash = (salt: string, ...parts: string[]) => crypto.createHash('sha256').update(salt).update('\n').update(parts.join('\n')).digest('hex');
  const cookieMac = (id: string) => crypto.createHmac('sha256', secret).update(`reviews:visitor:${id}`).digest('base64url').slice(0, 16);

  return {
    async identify(ip: string, userAgent: string, cookieValue: string | undefined): Promise<Visitor> {
      const salt = await saltFor(day(now()));
      const cookieId = this.readCookie(cookieValue);
      return {
        visitorHash: cookieId ? hash(salt, 'cookie', cookieId) : hash(salt, 'ip-ua', ip, userAgent.slice(0, 512)),
        ipHash: hash(salt, 'ip', ip),
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
