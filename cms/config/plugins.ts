import type { Core } from '@strapi/strapi';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { preparePortalEnv } from '../src/utils/env';

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
        timeZone: env('PORTAL_TIME_ZONE', 'Asia/Ho_Chi_Minh'),
        redisUrl: env('REDIS_URL', '') || null,
        redisPrefix: env('REDIS_PREFIX', 'portal:'),
        flushIntervalMs: env.int('VISIT_COUNTER_FLUSH_MS', 5000),
        statsCacheSeconds: env.int('VISIT_COUNTER_CACHE_SECONDS', 5),
        trustedProxyHops: env('VISIT_COUNTER_PROXY_HOPS', '') === '' ? null : env.int('VISIT_COUNTER_PROXY_HOPS'),
      },
    },
    reviews: { enabled: true, resolve: '../plugins/reviews' },
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
