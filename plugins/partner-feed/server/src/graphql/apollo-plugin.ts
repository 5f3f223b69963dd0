import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { FeedConfig } from '../config.js';
import { callerLang, message, type Lang } from '../messages.js';
import type { KoaLike, RateLimiter } from '../services/rate-limit.js';
import { fragmentsOf, operationCost, type CostLimits } from './cost.js';
import { localizeLimitError } from './limit-errors.js';

/**
 * Apollo Server plugin for /graphql. After the operation is parsed (token limit) and validated
 * (depth, alias and document limits) and before anything runs, it prices the operation
 * (graphql/cost.ts), refuses it over the cost limit, refuses ad-hoc queries in allowlist-only mode,
 * and charges the price to the caller's rate limit (429 + Retry-After when spent). A request refused
 * before execution (over a limit, a syntax or validation error, an unknown operation) is charged
 * `refusedCost` points instead, so hostile documents cannot be sent for free; once the budget is
 * spent the answer is the 429. It also hands the built schema to the persisted operations.
 */
type Context = { koaContext: KoaLike & { query?: Record<string, unknown> } };

interface Options {
  config: FeedConfig;
  limits: CostLimits;
  rateLimiter: () => RateLimiter;
  onSchema: (schema: GraphQLSchema) => void;
}

interface RequestContext {
  request: { variables?: Record<string, unknown> };
  contextValue: Context;
}

const refuse = (text: string, code: string, status: number, extra: Record<string, unknown> = {}, headers?: Map<string, string>) =>
  new GraphQLError(text, { extensions: { code, ...extra, http: { status, ...(headers ? { headers } : {}) } } });

const langOf = (rc: RequestContext): Lang =>
  callerLang(rc.request.variables, rc.contextValue.koaContext.request.header['accept-language'] as string | undefined);

export function partnerFeedApolloPlugin({ config, limits, rateLimiter, onSchema }: Options) {
  /** Charges `points`; returns the 429 error to answer with when the budget is spent, else null. */
  async function charge(rc: RequestContext, points: number, cost: number): Promise<GraphQLError | null> {
    const result = await rateLimiter().charge(rc.contextValue.koaContext, points);
    if (result.allowed) return null;
    const params = { used: result.used, budget: result.budget, window: result.windowSeconds, retry: result.resetIn };
    return refuse(
      message(langOf(rc), 'rateLimited', params),
      'RATE_LIMITED',
      429,
      { limit: 'rate', cost, retryAfter: result.resetIn },
      new Map([['retry-after', String(result.resetIn)]]),
    );
  }

  return {
    async serverWillStart({ schema }: { schema: GraphQLSchema }) {
      onSchema(schema);
    },
    async requestDidStart() {
      let charged = false;
      return {
        async didResolveOperation(
          rc: RequestContext & {
            schema: GraphQLSchema;
            document: { definitions: ReadonlyArray<{ kind: string }> };
            operation: Parameters<typeof operationCost>[1] | undefined;
          },
        ) {
          const koa = rc.contextValue.koaContext;
          if (!rc.operation) return; // unknown operationName: execution reports it, charged as refused
          const cost = operationCost(rc.schema, rc.operation, fragmentsOf(rc.document.definitions), rc.request.variables ?? {}, limits);
          charged = true;
          if (cost > config.maxCost) {
            const spent = await charge(rc, config.refusedCost, cost);
            throw (
              spent ??
              refuse(message(langOf(rc), 'costLimit', { cost, max: config.maxCost }), 'COST_LIMIT_EXCEEDED', 400, {
                limit: 'cost',
                cost,
                max: config.maxCost,
              })
            );
          }
          if (config.allowlistOnly && rateLimiter().identify(koa).kind !== 'web') {
            const spent = await charge(rc, config.refusedCost, cost);
            throw spent ?? refuse(message(langOf(rc), 'allowlistOnly'), 'PERSISTED_OPERATIONS_ONLY', 403);
          }
          const spent = await charge(rc, cost, cost);
          if (spent) throw spent;
        },
        /**
         * Errors before execution (parse, validation, unknown operation): name the limit in the
         * caller's language and charge the refusal; a spent budget turns the answer into the 429.
         */
        async didEncounterErrors(rc: RequestContext & { errors: GraphQLError[]; operation?: unknown }) {
          const lang = langOf(rc);
          for (const error of rc.errors) localizeLimitError(error, lang, config.documentLimits);
          if (charged || rc.operation) return;
          charged = true;
          const spent = await charge(rc, config.refusedCost, 0);
          if (spent) rc.errors.splice(0, rc.errors.length, spent);
        },
      };
    },
  };
}
