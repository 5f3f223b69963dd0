/** Plugin configuration: defaults here, values from cms/config/plugins.ts (`reviews.config`). */
export interface Limit {
  max: number;
  windowSeconds: number;
}

export interface ReviewsConfig {
  // Redis, trusted proxies and the time zone come from the core plugin (plugins/core).
  captcha: {
    /** HMAC secret for challenges; empty = derived from the app keys. */
    secret: string;
    algorithm: 'SHA-256' | 'SHA-384' | 'SHA-512';
    /** Hash iterations per attempt (comments). */
    cost: number;
    /** The same for rating challenges (`?for=rating`; unset = `cost`): raise it to make each vote cost more work. */
    ratingCost?: number;
    /** The solution counter is drawn from [counterMin, counterMax]: the client's work. */
    counterMin: number;
    counterMax: number;
    expiresInSeconds: number;
  };
  comments: {
    autoApprove: boolean;
    badWordAction: 'reject' | 'hold';
    extraBadWords: string[];
    /** Reports (distinct visitors) after which an approved comment is hidden until moderated. */
    reportThreshold: number;
  };
  rateLimits: { comments: Limit; ratings: Limit; reports: Limit };
  ratings: {
    /** Weight (imaginary votes at the site mean) of the Bayesian average. */
    priorWeight: number;
    /**
     * New voters per network address (IPv4 address, IPv6 /64) and article per window: a family or an
     * office behind one address can all vote, one client cycling user agents or cookies cannot.
     */
    votesPerNetwork: Limit;
  };
  visitorCookie: string;
}

export const defaults: ReviewsConfig = {
  captcha: { secret: '', algorithm: 'SHA-256', cost: 10, counterMin: 2_000, counterMax: 10_000, expiresInSeconds: 600 },
  comments: { autoApprove: false, badWordAction: 'reject', extraBadWords: [], reportThreshold: 3 },
  rateLimits: {
    comments: { max: 5, windowSeconds: 600 },
    ratings: { max: 30, windowSeconds: 600 },
    reports: { max: 10, windowSeconds: 600 },
  },
  ratings: { priorWeight: 5, votesPerNetwork: { max: 10, windowSeconds: 86_400 } },
  visitorCookie: 'portal_vid',
};

const positive = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n > 0;

/** Strapi calls this with the merged configuration; a bad value stops boot with one clear line. */
export function validateConfig(raw: unknown): void {
  const c = raw as ReviewsConfig;
  const problems: string[] = [];
  if (!['reject', 'hold'].includes(c.comments?.badWordAction)) problems.push('comments.badWordAction must be "reject" or "hold"');
  if (!positive(c.comments?.reportThreshold)) problems.push('comments.reportThreshold must be a positive integer');
  for (const name of ['comments', 'ratings', 'reports'] as const) {
    const limit = c.rateLimits?.[name];
    if (!positive(limit?.max) || !positive(limit?.windowSeconds)) problems.push(`rateLimits.${name} needs positive max and windowSeconds`);
  }
  const perNetwork = c.ratings?.votesPerNetwork;
  if (!positive(perNetwork?.max) || !positive(perNetwork?.windowSeconds))
    problems.push('ratings.votesPerNetwork needs positive max and windowSeconds');
  const cap = c.captcha;
  if (cap?.ratingCost !== undefined && !positive(cap.ratingCost)) problems.push('captcha.ratingCost must be a positive integer');
  if (!positive(cap?.cost) || !positive(cap?.expiresInSeconds) || !positive(cap?.counterMin) || !(cap.counterMax >= cap.counterMin)) {
    problems.push('captcha needs positive cost, expiresInSeconds, counterMin ≤ counterMax');
  }
  if (!['SHA-256', 'SHA-384', 'SHA-512'].includes(cap?.algorithm)) problems.push('captcha.algorithm must be SHA-256, SHA-384 or SHA-512');
  if (problems.length) throw new Error(`reviews plugin configuration: ${problems.join('; ')}`);
}

export default { default: defaults, validator: validateConfig };
