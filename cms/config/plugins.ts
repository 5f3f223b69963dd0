import type { Core } from '@strapi/strapi';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { preparePortalEnv } from '../src/utils/env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  preparePortalEnv();
  const production = env('NODE_ENV') === 'production';
  return {
    // Local plugins (plugins/<name>, compiled by `npm run build:plugins -w cms`).
    'visit-counter': { enabled: true, resolve: '../plugins/visit-counter' },
    reviews: { enabled: true, resolve: '../plugins/reviews' },
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
        embeddedBuild: env('SEARCH_EMBEDDED_BUILD', 'boot'),
      },
    },
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
