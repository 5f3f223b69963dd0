import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { FeedConfig } from '../config.js';
import { callerLang, message } from '../messages.js';
import type { KoaLike, RateLimiter } from '../services/rate-limit.js';
import { fragmentsOf, operationCost, type CostLimits } from './cost.js';

/**
 * Apollo Server plugin for /graphql: after the operation is parsed and validated (depth and alias
 * limits) and before anything runs, it prices the operation (graphql/cost.ts), refuses it over the
 * cost limit, refuses ad-hoc queries in allowlist-only mode, and charges the price to the caller's
 * rate limit (429 + Retry-After when spent). It also hands the built schema to the persisted operations.
 */
type Context = { koaContext: KoaLike & { query?: Record<string, unknown> } };

interface Options {
  config: FeedConfig;
  limits: CostLimits;
  rateLimiter: () => RateLimiter;
  onSchema: (schema: GraphQLSchema) => void;
}

const refuse = (text: string, code: string, status: number, extra: Record<string, unknown> = {}, headers?: Map<string, string>) =>
  new GraphQLError(text, { extensions: { code, ...extra, http: { status, ...(headers ? { headers } : {}) } } });

export function partnerFeedApolloPlugin({ config, limits, rateLimiter, onSchema }: Options) {
  return {
    async serverWillStart({ schema }: { schema: GraphQLSchema }) {
      onSchema(schema);
    },
    async requestDidStart() {
      return {
        async didResolveOperation(rc: {
          schema: GraphQLSchema;
          document: { definitions: ReadonlyArray<{ kind: string }> };
          operation: Parameters<typeof operationCost>[1];
          request: { variables?: Record<string, unknown> };
          contextValue: Context;
        }) {
          const koa = rc.contextValue.koaContext;
          const lang = callerLang(rc.request.variables, koa.request.header['accept-language'] as string | undefined);
          const cost = operationCost(rc.schema, rc.operation, fragmentsOf(rc.document.definitions), rc.request.variables ?? {}, limits);
          if (cost > config.maxCost) {
            throw refuse(message(lang, 'costLimit', { cost, max: config.maxCost }), 'COST_LIMIT_EXCEEDED', 400, { limit: 'cost', cost, max: config.maxCost });
          }
          const limiter = rateLimiter();
          if (config.allowlistOnly && limiter.identify(koa).kind !== 'web') {
            throw refuse(message(lang, 'allowlistOnly'), 'PERSISTED_OPERATIONS_ONLY', 403);
          }
          const result = await limiter.charge(koa, cost);
          if (!result.allowed) {
            const params = { used: result.used, budget: result.budget, window: result.windowSeconds, retry: result.resetIn };
            throw refuse(message(lang, 'rateLimited', params), 'RATE_LIMITED', 429, { limit: 'rate', cost, retryAfter: result.resetIn }, new Map([['retry-after', String(result.resetIn)]]));
          }
        },
      };
    },
  };
}
