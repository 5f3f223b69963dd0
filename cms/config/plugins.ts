import type { Core } from '@strapi/strapi';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { preparePortalEnv } from '../src/utils/env';

/** "5/600" → at most 5 per 600 seconds. */
const limit = (value: string | undefined, fallback: { max: number; windowSeconds: number }) => {
  const m = /^(\d+)\/(\d+)$/.exec(value ?? '');
  return m ? { max: Number(m[1]), windowSeconds: Number(m[2]) } : fallback;
};

/** The reviews plugin (comments, ratings, captcha): see plugins/reviews/README.md for every variable. */
const reviewsConfig = (env: Core.Config.Shared.ConfigParams['env']) => ({
  redisUrl: env('REDIS_URL', ''),
  redisPrefix: env('REDIS_PREFIX', 'portal:'),
  trustedProxies: env.array('REVIEWS_TRUSTED_PROXIES', []),
  captcha: {
    secret: env('REVIEWS_SECRET', ''),
    cost: env.int('REVIEWS_CAPTCHA_COST', 10),
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
});

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  preparePortalEnv();
  const production = env('NODE_ENV') === 'production';
  return {
    // Local plugins (plugins/<name>, compiled by `npm run build:plugins -w cms`).
    'visit-counter': { enabled: true, resolve: '../plugins/visit-counter' },
    reviews: { enabled: true, resolve: '../plugins/reviews', config: reviewsConfig(env) },
    search: { enabled: true, resolve: '../plugins/search' },
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
          allowedTypes: ['image/*', 'application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.*'],
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
