/**
 * Plugin settings, set in cms/config/plugins.ts (`'visit-counter': { config: {...} }`), usually from env.
 */
export interface VisitCounterConfig {
  /** Figure the site total starts from (a migrated portal continues from its old counter). */
  startingTotal: number;
  /** "Online now" = distinct visitors seen within this many seconds. */
  onlineWindowSeconds: number;
  /** A visitor adds at most one view to an article per this many seconds (reload storms). */
  articleViewCooldownSeconds: number;
  /** Redis mode (the core's REDIS_URL): hits are flushed to the database every `flushIntervalMs`. */
  flushIntervalMs: number;
  /** Read API responses (and the in-process cache behind them) live this long. */
  statsCacheSeconds: number;
  /** Page views counted per address (IPv6: per /64) per minute; the rest are answered 204, not counted. */
  hitsPerAddressPerMinute: number;
  /** Distinct visitors counted per address per day; further user agents from it fold into one visitor. */
  visitorsPerAddressPerDay: number;
  /** Article views counted per address and article per `articleViewCooldownSeconds`. */
  articleViewsPerAddress: number;
}

export const defaults: VisitCounterConfig = {
  startingTotal: 0,
  onlineWindowSeconds: 300,
  articleViewCooldownSeconds: 1800,
  flushIntervalMs: 5000,
  statsCacheSeconds: 5,
  hitsPerAddressPerMinute: 120,
  visitorsPerAddressPerDay: 100,
  articleViewsPerAddress: 30,
};

const nonNegativeInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

export function validateConfig(config: VisitCounterConfig): void {
  const problems: string[] = [];
  if (!nonNegativeInt(config.startingTotal)) problems.push('startingTotal must be a whole number ≥ 0');
  for (const key of [
    'onlineWindowSeconds',
    'articleViewCooldownSeconds',
    'flushIntervalMs',
    'statsCacheSeconds',
    'hitsPerAddressPerMinute',
    'visitorsPerAddressPerDay',
    'articleViewsPerAddress',
  ] as const) {
    if (!nonNegativeInt(config[key]) || config[key] === 0) problems.push(`${key} must be a whole number > 0`);
  }
  if (problems.length) throw new Error(`visit-counter: ${problems.join('; ')}`);
}
