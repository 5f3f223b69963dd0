import {
  Kind,
  execute,
  getArgumentValues,
  getOperationAST,
  parse,
  printSchema,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { Core } from '@strapi/strapi';
import { fragmentsOf, operationCost, type CostLimits } from '../graphql/cost.js';
import { OPERATIONS, type PersistedOperation } from '../operations.js';
import type { CachedBody, ResponseCache } from './response-cache.js';
import { LOADERS } from './loaders.js';

/**
 * Runs the persisted operations in process, against the schema the GraphQL plugin built, with the
 * caller's Strapi auth — the same resolvers, permissions and published-only pin as POST /graphql —
 * and keeps the rendered `{"data": ...}` body in the response cache.
 */
type Ctx = { state: Record<string, unknown> };

const stable = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** What Strapi's own Apollo plugin stores for relation resolvers: the root field arguments by alias. */
function rootQueryArgs(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>) {
  const map = new Map<string, Record<string, unknown>>();
  const operation = getOperationAST(document);
  const query = schema.getQueryType();
  if (!operation || !query) return map;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const field = query.getFields()[selection.name.value];
    if (!field) continue;
    map.set(selection.alias?.value ?? selection.name.value, {
      ...getArgumentValues(field, selection, variables),
      _originField: field.name,
    });
  }
  return map;
}

export function createPersisted(strapi: Core.Strapi, cache: ResponseCache, limits: CostLimits) {
  let schema: GraphQLSchema | null = null;
  const documents = new Map<string, DocumentNode>(OPERATIONS.map((op) => [op.id, parse(op.document)]));

  const documentOf = (op: PersistedOperation) => documents.get(op.id)!;

  return {
    setSchema(built: GraphQLSchema) {
      schema = built;
      for (const op of OPERATIONS) {
        const errors = validate(built, documentOf(op));
        if (errors.length)
          strapi.log.error(
            `[partner-feed] persisted operation ${op.id} does not match the schema: ${errors.map((e) => e.message).join('; ')}`,
          );
      }
    },

    ready: () => schema !== null,

    /** The schema as SDL (printed once). */
    sdl: (() => {
      let printed: string | null = null;
      return () => (printed ??= schema ? printSchema(schema) : null);
    })(),

    cacheKey: (op: PersistedOperation, variables: Record<string, unknown>) => `op:${op.id}:${stable(variables)}`,

    cost(op: PersistedOperation, variables: Record<string, unknown>): number {
      if (!schema) return 1;
      const document = documentOf(op);
      return operationCost(schema, getOperationAST(document)!, fragmentsOf(document.definitions), variables, limits);
    },

    /** The cached body, or run the operation and cache it. Null when it failed (not cached). */
    async run(ctx: Ctx, op: PersistedOperation, variables: Record<string, unknown>): Promise<CachedBody | null> {
      const loader = LOADERS[op.id];
      return cache.get(this.cacheKey(op, variables), async () => {
        const state = ctx.state;
        state.route = { info: { type: 'content-api' } };
        if (loader) return JSON.stringify({ data: await loader(strapi, variables) });
        if (!schema) return null;
        const document = documentOf(op);
        const result = await execute({
          schema,
          document,
          variableValues: variables,
          contextValue: { state, koaContext: ctx, rootQueryArgsByPath: rootQueryArgs(schema, document, variables) },
        });
        if (result.errors?.length) {
          strapi.log.warn(`[partner-feed] ${op.id} failed: ${result.errors.map((e) => e.message).join('; ')}`);
          return null;
        }
        return JSON.stringify({ data: result.data });
      });
    },
  };
}

export type Persisted = ReturnType<typeof createPersisted>;
