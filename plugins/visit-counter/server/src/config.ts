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
  /** Calendar days are counted in this time zone. */
  timeZone: string;
  /** Redis URL; when set, hits go to Redis and are flushed to the database every `flushIntervalMs`. */
  redisUrl: string | null;
  redisPrefix: string;
  flushIntervalMs: number;
  /** Read API responses (and the in-process cache behind them) live this long. */
  statsCacheSeconds: number;
  /**
   * Reverse proxies in front of the CMS that append to X-Forwarded-For. 0 = the socket address is the
   * client (a forged X-Forwarded-For changes nothing). Defaults to 1 when Strapi's `server.proxy` is on.
   */
  trustedProxyHops: number | null;
}

export const defaults: VisitCounterConfig = {
  startingTotal: 0,
  onlineWindowSeconds: 300,
  articleViewCooldownSeconds: 1800,
  timeZone: 'Asia/Ho_Chi_Minh',
  redisUrl: null,
  redisPrefix: '',
  flushIntervalMs: 5000,
  statsCacheSeconds: 5,
  trustedProxyHops: null,
};

const nonNegativeInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

export function validateConfig(config: VisitCounterConfig): void {
  const problems: string[] = [];
  if (!nonNegativeInt(config.startingTotal)) problems.push('startingTotal must be a whole number ≥ 0');
  for (const key of ['onlineWindowSeconds', 'articleViewCooldownSeconds', 'flushIntervalMs', 'statsCacheSeconds'] as const) {
    if (!nonNegativeInt(config[key]) || config[key] === 0) problems.push(`${key} must be a whole number > 0`);
  }
  if (config.trustedProxyHops !== null && !nonNegativeInt(config.trustedProxyHops)) problems.push('trustedProxyHops must be a whole number ≥ 0');
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: config.timeZone });
  } catch {
    problems.push(`timeZone "${config.timeZone}" is not a known IANA time zone`);
  }
  if (config.redisUrl !== null && !/^rediss?:\/\//.test(config.redisUrl)) problems.push('redisUrl must start with redis:// or rediss://');
  if (problems.length) throw new Error(`visit-counter: ${problems.join('; ')}`);
}
