import type { CoreServices } from '@portal/strapi-plugin-core/types';
import { LRUCache } from 'lru-cache';

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
const FOLDED_AGENT = '\u0000folded-visitors';

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
  const articleSeen = limits.create('visit-article-seen', { points: FOLDED, windowSeconds: rule.articleViewCooldownSeconds });
  const articleBudget = limits.create('visit-article-address', {
    points: rule.articleViewsPerAddress,
    windowSeconds: rule.articleViewCooldownSeconds,
  });
  // A visitor's verdict holds for the day (its id changes with the daily salt): decide it once per node.
  const decided = new LRUCache<string, Promise<string>>({ max: 20_000 });
  const decide = async (salt: string, day: string, network: string, id: string): Promise<string> => {
    const first = await seen.consume(id);
    if (first.used > FOLDED) return hashWith(salt, network, FOLDED_AGENT);
    if (first.used > 1 || (await agents.consume(`${day}|${network}`)).allowed) return id;
    await seen.consume(id, FOLDED); // other nodes see the verdict too
    return hashWith(salt, network, FOLDED_AGENT);
  };

  return {
    /** True when this address may add another page view this minute. */
    async admit(network: string): Promise<boolean> {
      return (await hits.consume(network)).allowed;
    },

    /** The id a hit is counted under: its own, or the address's folded visitor once the cap is reached. */
    visitor(salt: string, day: string, network: string, id: string): Promise<string> {
      // The promise is remembered, so concurrent first hits of one visitor wait for one decision.
      const known = decided.get(id);
      if (known) return known;
      const decision = decide(salt, day, network, id);
      decision.catch(() => decided.delete(id)); // a limiter failure is not remembered
      decided.set(id, decision);
      return decision;
    },

    /** False when this address has used its views of this article for the window (a visitor's first view). */
    async articleView(visitor: string, network: string, article: string): Promise<boolean> {
      // A repeat within the window is not a view (the store's per-visitor cooldown says the same), so a
      // visitor refused once stays refused, even when its hits arrive together.
      if ((await articleSeen.consume(`${visitor}|${article}`)).used > 1) return false;
      return (await articleBudget.consume(`${network}|${article}`)).allowed;
    },
  };
}

export type HitGuard = ReturnType<typeof createHitGuard>;
