import type { Core } from '@strapi/strapi';
import { core } from './core.js';
import { aliasLimitRule } from './graphql/alias-limit.js';
import { partnerFeedApolloPlugin } from './graphql/apollo-plugin.js';
import { documentLimitsRule } from './graphql/document-limits.js';
import { getFeed } from './feed.js';
import { guardTokenScopes } from './token-scopes.js';

/**
 * Plugs the limits into the GraphQL plugin's Apollo server (read at its bootstrap, after every
 * register): the body-size limit for its body parser, graphql-js's token limit for parsing, the
 * document and alias rules next to Strapi's depth rule, the cost / allowlist / rate-limit plugin,
 * and `cors: false` so its built-in `Access-Control-Allow-Origin: *` gives way to our CORS middleware.
 */
function wireApollo(strapi: Core.Strapi) {
  const feed = getFeed(strapi);
  const key = 'plugin::graphql.apolloServer';
  const apollo = strapi.config.get<Record<string, unknown>>(key, {});
  const { maxBodyBytes, maxTokens, ...documentLimits } = feed.config.documentLimits;
  strapi.config.set(key, {
    ...apollo,
    cors: false,
    bodyParserConfig: { enableTypes: ['json'], jsonLimit: maxBodyBytes },
    parseOptions: { ...(apollo.parseOptions as object), maxTokens },
    validationRules: [
      ...((apollo.validationRules as unknown[]) ?? []),
      documentLimitsRule(documentLimits),
      aliasLimitRule(feed.config.maxAliases),
    ],
    plugins: [
      ...((apollo.plugins as unknown[]) ?? []),
      partnerFeedApolloPlugin({
        config: feed.config,
        limits: feed.limits,
        rateLimiter: () => feed.rateLimiter,
        onSchema: (schema) => feed.persisted.setSchema(schema),
      }),
    ],
  });
}

/**
 * Any public change (the core's event: not a draft save) empties the persisted-operation cache. The
 * cache is node-local state, so the listener runs on every node (the core carries events between
 * nodes over Redis).
 */
function invalidateOnPublish(strapi: Core.Strapi) {
  core(strapi, 'public-changes').on(() => getFeed(strapi).cache.invalidate(), { scope: 'every-node' });
}

export default function register({ strapi }: { strapi: Core.Strapi }) {
  wireApollo(strapi);
  invalidateOnPublish(strapi);
  guardTokenScopes(strapi);
}
