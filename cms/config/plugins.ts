import type { Core } from '@strapi/strapi';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { RETENTION_DEFAULTS, retentionVariable, type RetentionKey } from '@portal/contract/personal-data';
import { preparePortalEnv } from '../src/utils/env';

/** "5/600" → at most 5 per 600 seconds. */
const limit = (value: string | undefined, fallback: { max: number; windowSeconds: number }) => {
  const m = /^(\d+)\/(\d+)$/.exec(value ?? '');
  return m ? { max: Number(m[1]), windowSeconds: Number(m[2]) } : fallback;
};

/** The reviews plugin (comments, ratings, captcha): see plugins/reviews/README.md for every variable. */
const reviewsConfig = (env: Core.Config.Shared.ConfigParams['env']) => ({
  captcha: {
    secret: env('REVIEWS_SECRET', ''),
    cost: env.int('REVIEWS_CAPTCHA_COST', 10),
    // Work per vote: raise it to make vote stuffing costlier (each rating solves its own challenge).
    ratingCost: env.int('REVIEWS_RATING_CAPTCHA_COST', env.int('REVIEWS_CAPTCHA_COST', 10)),
    counterMin: env.int('REVIEWS_CAPTCHA_COUNTER_MIN', 2_000),
    counterMax: env.int('REVIEWS_CAPTCHA_COUNTER_MAX', 10_000),
    expiresInSeconds: env.int('REVIEWS_CAPTCHA_EXPIRES', 600),
  },
  comments: {
    autoApprove: env.bool('REVIEWS_AUTO_APPROVE', false),
    badWordAction: env('REVIEWS_BAD_WORD_ACTION', 'reject'),
    extraBadWords: env.array('REVIEWS_EXTRA_BAD_WORDS', []),
    reportThreshold: env.int('REVIEWS_REPORT_THRESHOLD', 3),
  },
  rateLimits: {
    comments: limit(env('REVIEWS_COMMENT_LIMIT'), { max: 5, windowSeconds: 600 }),
    ratings: limit(env('REVIEWS_RATING_LIMIT'), { max: 30, windowSeconds: 600 }),
    reports: limit(env('REVIEWS_REPORT_LIMIT'), { max: 10, windowSeconds: 600 }),
  },
  // New voters per network address (IPv4 address, IPv6 /64) and article: room for a family or an office.
  ratings: { votesPerNetwork: limit(env('REVIEWS_VOTES_PER_NETWORK'), { max: 10, windowSeconds: 86_400 }) },
});

/**
 * The platform core (plugins/core): the one place for Redis, trusted proxies, the time zone and the
 * web's key. Settings it replaces still work for one release and print a deprecation line at boot.
 */
const coreConfig = (env: Core.Config.Shared.ConfigParams['env']) => {
  const deprecations: string[] = [];
  const trustedProxies = env.array('TRUSTED_PROXIES', []).filter(Boolean);
  const oldReviewsProxies = env.array('REVIEWS_TRUSTED_PROXIES', []).filter(Boolean);
  if (oldReviewsProxies.length) {
    deprecations.push('REVIEWS_TRUSTED_PROXIES is deprecated and will be removed in the next release: set TRUSTED_PROXIES instead.');
    trustedProxies.push(...oldReviewsProxies.filter((p) => !trustedProxies.includes(p)));
  }
  let legacyProxyHops: number | null = null;
  if (env('VISIT_COUNTER_PROXY_HOPS', '') !== '') {
    deprecations.push(
      'VISIT_COUNTER_PROXY_HOPS is deprecated and will be removed in the next release: list your proxies in TRUSTED_PROXIES.',
    );
    legacyProxyHops = env.int('VISIT_COUNTER_PROXY_HOPS', 0);
  } else if (env.bool('IS_PROXIED', false) && !trustedProxies.length) {
    deprecations.push(
      'Client addresses from IS_PROXIED/PROXY_HOPS are deprecated and will stop in the next release: list your proxies in TRUSTED_PROXIES.',
    );
    legacyProxyHops = env.int('PROXY_HOPS', 1);
  }
  return {
    redis: { url: env('REDIS_URL', ''), prefix: env('REDIS_PREFIX', 'portal:') },
    trustedProxies,
    legacyProxyHops,
    timeZone: env('PORTAL_TIME_ZONE', 'Asia/Ho_Chi_Minh'),
    webKey: env('REVALIDATE_SECRET', ''),
    deprecations,
    // Several CMS nodes: each writes a heartbeat this often; a periodic job moves to another node this long after its node died.
    nodes: { heartbeatSeconds: env.float('PORTAL_NODE_HEARTBEAT_SECONDS', 10), jobLeaseSeconds: env.float('PORTAL_JOB_LEASE_SECONDS', 30) },
    // Sites (plugins/core/README.md): the province on PORTAL_ROOT_DOMAIN, each commune on `<label>.<root>`.
    sites: { rootDomain: env('PORTAL_ROOT_DOMAIN', 'localhost').trim().toLowerCase().replace(/\.$/, '') },
    // Personal data: days before the daily purge blanks each kind (PRIVACY_RETENTION_COMMENT_EMAIL_DAYS…).
    personalData: {
      retentionDays: Object.fromEntries(
        (Object.keys(RETENTION_DEFAULTS) as RetentionKey[]).map((key) => [key, env.int(retentionVariable(key), RETENTION_DEFAULTS[key])]),
      ),
    },
  };
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  preparePortalEnv();
  const production = env('NODE_ENV') === 'production';
  return {
    // Local plugins (plugins/<name>, compiled by `npm run build:plugins -w cms`).
    'visit-counter': {
      enabled: true,
      resolve: '../plugins/visit-counter',
      config: {
        startingTotal: env.int('VISIT_COUNTER_STARTING_TOTAL', 0),
        onlineWindowSeconds: env.int('VISIT_COUNTER_ONLINE_WINDOW_SECONDS', 300),
        articleViewCooldownSeconds: env.int('VISIT_COUNTER_ARTICLE_COOLDOWN_SECONDS', 1800),
        flushIntervalMs: env.int('VISIT_COUNTER_FLUSH_MS', 5000),
        statsCacheSeconds: env.int('VISIT_COUNTER_CACHE_SECONDS', 5),
        hitsPerAddressPerMinute: env.int('VISIT_COUNTER_HITS_PER_ADDRESS_PER_MINUTE', 120),
        visitorsPerAddressPerDay: env.int('VISIT_COUNTER_VISITORS_PER_ADDRESS_PER_DAY', 100),
        articleViewsPerAddress: env.int('VISIT_COUNTER_ARTICLE_VIEWS_PER_ADDRESS', 30),
      },
    },
    reviews: { enabled: true, resolve: '../plugins/reviews', config: reviewsConfig(env) },
    search: {
      enabled: true,
      resolve: '../plugins/search',
      // Meilisearch when MEILISEARCH_HOST is set, else the embedded engine (plugins/search/README.md).
      config: {
        sources: ['article', 'official-document'],
        meilisearch: {
          host: env('MEILISEARCH_HOST', ''),
          apiKey: env('MEILISEARCH_API_KEY', ''),
          indexPrefix: env('MEILISEARCH_INDEX_PREFIX', 'portal'),
          timeoutMs: env.int('MEILISEARCH_TIMEOUT_MS', 2000),
        },
        driftCheckMinutes: env.int('SEARCH_DRIFT_CHECK_MINUTES', 15),
        catchUpSeconds: env.int('SEARCH_CATCH_UP_SECONDS', 60),
        embeddedBuild: env('SEARCH_EMBEDDED_BUILD', 'boot'),
      },
    },
    // Partner feed: cost/alias limits and rate limits on /graphql, persisted operations, JSON Feed (plugins/partner-feed).
    'partner-feed': {
      enabled: true,
      resolve: '../plugins/partner-feed',
      config: {
        maxCost: env.int('GRAPHQL_MAX_COST', 5000),
        maxAliases: env.int('GRAPHQL_MAX_ALIASES', 10),
        documentLimits: {
          maxBodyBytes: env.int('GRAPHQL_MAX_BODY_BYTES', 64 * 1024),
          maxTokens: env.int('GRAPHQL_MAX_TOKENS', 2000),
          maxOperations: env.int('GRAPHQL_MAX_OPERATIONS', 5),
          maxFragments: env.int('GRAPHQL_MAX_FRAGMENTS', 30),
          maxDirectives: env.int('GRAPHQL_MAX_DIRECTIVES', 50),
        },
        refusedCost: env.int('GRAPHQL_REFUSED_COST', 100),
        allowlistOnly: env.bool('FEED_ALLOWLIST_ONLY', false),
        rateLimit: {
          windowSeconds: env.int('FEED_RATE_WINDOW_SECONDS', 60),
          anonymousPoints: env.int('FEED_RATE_ANONYMOUS_POINTS', 2000),
          tokenPoints: env.int('FEED_RATE_TOKEN_POINTS', 30000),
        },
        cache: { maxAge: env.int('FEED_CACHE_MAX_AGE', 30), staleWhileRevalidate: env.int('FEED_CACHE_SWR', 30) },
        // Warm persisted GETs answered before Koa (plugins/partner-feed/server/src/fast-path.ts).
        fastPath: env.bool('FEED_FAST_PATH', true),
        siteUrl: env('SITE_URL') || env('WEB_URL') || 'http://127.0.0.1:3000',
      },
    },
    // The platform core the plugins above use. Listed last on purpose: Strapi destroys plugins in this
    // order, so its Redis connections close after the visit counter's final flush.
    'portal-core': { enabled: true, resolve: '../plugins/core', config: coreConfig(env) },
    'users-permissions': {
      config: {
        jwtSecret: env('JWT_SECRET'),
        jwtManagement: 'refresh',
        sessions: { httpOnly: true },
        register: { allowedFields: [] },
      },
    },
    upload: {
      config: {
        sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 20 * 1024 * 1024),
        security: {
          // What the newsroom uploads; the content decides, file by file (src/utils/upload-types.ts).
          allowedTypes: [
            'image/*',
            'audio/*',
            'video/*',
            'application/pdf',
            'application/msword',
            'application/vnd.ms-excel',
            'application/vnd.ms-powerpoint',
            'application/x-cfb',
            'application/vnd.openxmlformats-officedocument.*',
            'application/vnd.oasis.opendocument.*',
          ],
          deniedTypes: ['image/svg+xml', 'application/x-msdownload', 'application/x-sh', 'text/x-shellscript'],
        },
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 10),
        defaultLimit: env.int('GRAPHQL_DEFAULT_LIMIT', 20),
        maxLimit: env.int('GRAPHQL_MAX_LIMIT', 100),
        // `false` would still serve Apollo's production page (which loads from a CDN): disable it fully.
        landingPage: () => ApolloServerPluginLandingPageDisabled(),
        apolloServer: {
          introspection: !production,
          // Batched requests multiply the cost of one HTTP call; partners send one operation at a time.
          allowBatchedHttpRequests: false,
          // Errors name the problem; stack traces stay in the server log.
          includeStacktraceInErrorResponses: false,
        },
      },
    },
  };
};

export default config;
