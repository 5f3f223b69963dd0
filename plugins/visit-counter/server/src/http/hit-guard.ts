import type { CoreServices } from '@portal/strapi-plugin-core/types';
import { BoundedCache } from './bounded-cache';

export interface HitGuardRule {
  /** Page views counted per address (IPv6: per /64) per minute; the rest are answered 204, not counted. */
  hitsPerAddressPerMinute: number;
  /** Distinct visitor ids counted per address per day; further user agents fold into one visitor. */
  visitorsPerAddressPerDay: number;
  /** Article views counted per address and article per cooldown window. */
  articleViewsPerAddress: number;
  /** The article rule's window (the visitor cooldown). */
  articleViewCooldownSeconds: number;
}

/** A visitor id that has been folded is charged this much on its "seen" key, so every node knows it. */
const FOLDED = 1_000_000;
const TWO_DAYS = 2 * 86_400;

/**
 * What keeps one address from pushing the figures up by changing its user agent: a hit budget per
 * address and minute, a cap on the distinct visitors an address adds per day (further agents fold
 * into one visitor of that address, so "online" and unique visitors stay bounded too), and a cap on
 * article views per address and article per cooldown window. All on the core's rate limiter (memory,
 * or Redis shared by every CMS node); the address is only ever a limiter key, never stored or logged.
 */
export function createHitGuard(limits: CoreServices['rate-limits'], hashWith: CoreServices['visitors']['hashWith'], rule: HitGuardRule) {
  const hits = limits.create('visit-hits', { points: rule.hitsPerAddressPerMinute, windowSeconds: 60 });
  const seen = limits.create('visit-seen', { points: FOLDED * 2, windowSeconds: TWO_DAYS });
  const agents = limits.create('visit-agents', { points: rule.visitorsPerAddressPerDay, windowSeconds: TWO_DAYS });
  const articleSeen = limits.create('visit-article-seen', { points: FOLDED * 2, windowSeconds: rule.articleViewCooldownSeconds });
  const articleBudget = limits.create('visit-article-address', { points: rule.articleViewsPerAddress, windowSeconds: rule.articleViewCooldownSeconds });
  // A visitor's verdict holds for the day (its id changes with the daily salt): decide it once per node.
  const decided = new BoundedCache<string>(20_000);

  return {
    /** True when this address may add another page view this minute. */
    async admit(network: string): Promise<boolean> {
      return (await hits.consume(network)).allowed;
    },

    /** The id a hit is counted under: its own, or the address's folded visitor once the cap is reached. */
    async visitor(salt: string, day: string, network: string, id: string): Promise<string> {
      const known = decided.get(id);
      if (known) return known;
      const folded = hashWith(salt, network, '\u0000folded-visitors');
      const first = await seen.consume(id);
      let counted = first.used <= FOLDED;
      if (first.used === 1 && !(await agents.consume(`${day}|${network}`)).allowed) {
        await seen.consume(id, FOLDED);
        counted = false;
      }
      return decided.set(id, counted ? id : folded);
    },

    /** False when this address has used its views of this article for the window (a visitor's first view). */
    async articleView(visitor: string, network: string, article: string): Promise<boolean> {
      const key = `${visitor}|${article}`;
      const first = await articleSeen.consume(key);
      if (first.used > FOLDED) return false; // refused earlier in this window
      if (first.used > 1) return true; // a repeat: the store's per-visitor cooldown already ignores it
      if ((await articleBudget.consume(`${network}|${article}`)).allowed) return true;
      await articleSeen.consume(key, FOLDED);
      return false;
    },
  };
}

export type HitGuard = ReturnType<typeof createHitGuard>;
