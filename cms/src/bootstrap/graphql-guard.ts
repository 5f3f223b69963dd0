import type { Core } from '@strapi/strapi';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { containsNul, publicMessage, requestLang, type Lang } from '../utils/public-errors';

/**
 * A small Apollo Server plugin for /graphql, next to the partner feed's limits (which it does not touch):
 * - records whether the operation is a query, so the published-only pin knows a read
 *   (published-only-queries.ts);
 * - pins the `status` a root query passes down to its relations: Strapi keeps the root field's
 *   arguments for its association resolvers, which would otherwise ask for the drafts of
 *   `categories(status: DRAFT) { articles { … } }` (the database pin would then answer nothing);
 * - refuses a NUL character in a string literal of the query text (`eq: "a\u0000b"`) or in the
 *   variables with a 400, before anything runs;
 * - answers internal errors with a generic message: Strapi's formatter copies the original error's
 *   message (a database error carries the SQL statement) into `extensions.error`.
 */
type KoaState = { graphqlOperation?: string };
type Context = {
  state?: KoaState;
  koaContext?: { request?: { header?: Record<string, unknown> } };
  rootQueryArgsByPath?: Map<string | number, { status?: unknown }>;
};
type FormattedError = { message: string; extensions?: Record<string, unknown> };

const SAFE_CODES = (code: unknown) => typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';

function callerLang(variables: Record<string, unknown> | undefined, context: Context): Lang {
  const accept = context.koaContext?.request?.header?.['accept-language'];
  return requestLang(variables?.locale, typeof accept === 'string' ? accept : undefined);
}

export function hasNulLiteral(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}

export function graphqlGuardPlugin() {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc: {
          document: DocumentNode;
          // Undefined when operationName names no operation: execution then answers 400.
          operation?: { operation: string };
          request: { variables?: Record<string, unknown> };
          contextValue: Context;
        }) {
          if (rc.contextValue.state && rc.operation) rc.contextValue.state.graphqlOperation = rc.operation.operation;
          if (hasNulLiteral(rc.document) || containsNul(rc.request.variables)) {
            const message = publicMessage(callerLang(rc.request.variables, rc.contextValue), 'nulByte');
            throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
        },
        async executionDidStart() {
          return {
            willResolveField({
              source,
              contextValue,
              info,
            }: {
              source: unknown;
              contextValue: Context;
              info: { path: { key: string | number } };
            }) {
              if (source) return;
              const rootArgs = contextValue.rootQueryArgsByPath?.get(info.path.key);
              if (rootArgs && rootArgs.status !== undefined) rootArgs.status = 'published';
            },
          };
        },
        async willSendResponse(rc: {
          response: { body: { kind: string; singleResult?: { errors?: FormattedError[] } } };
          request: { variables?: Record<string, unknown> };
          contextValue: Context;
        }) {
          const result = rc.response.body.kind === 'single' ? rc.response.body.singleResult : undefined;
          if (!result?.errors) return;
          const message = publicMessage(callerLang(rc.request.variables, rc.contextValue), 'internal');
          result.errors = result.errors.map((error) =>
            SAFE_CODES(error.extensions?.code) ? error : { message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          );
        },
      };
    },
  };
}

/** Appends the guard to the GraphQL plugin's Apollo plugins (read at the GraphQL plugin's bootstrap). */
export function registerGraphqlGuard(strapi: Core.Strapi): void {
  const key = 'plugin::graphql.apolloServer';
  const apollo = strapi.config.get<Record<string, unknown>>(key, {});
  strapi.config.set(key, { ...apollo, plugins: [...((apollo.plugins as unknown[]) ?? []), graphqlGuardPlugin()] });
}
