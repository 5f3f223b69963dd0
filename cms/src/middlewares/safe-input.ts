import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { containsNul, publicMessage, requestLang } from '../utils/public-errors';

/**
 * One gate for every request (content API, GraphQL, plugins' routes, the admin), after Strapi's query
 * and body parsers:
 * - a NUL character (`%00` in the URL, `\u0000` in a JSON or form body) is refused with a 400 in the
 *   caller's language before anything reaches the database (PostgreSQL cannot store it and answers
 *   with an error that would otherwise surface as a 500);
 * - an error that is not one of Strapi's own (a database or driver error, a bug) is logged and
 *   answered with a generic 500 that names nothing of the inside.
 * GraphQL string literals (`eq: "a\u0000b"` inside the query text) are checked by the GraphQL guard.
 */
type Ctx = {
  url: string;
  path: string;
  method: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  request: { body?: unknown; header: Record<string, string | string[] | undefined> };
};

const NUL_IN_URL = /%00/i;

function isPublicError(error: unknown): boolean {
  if (error instanceof errors.ApplicationError || error instanceof errors.HttpError) return true;
  // Koa / body-parser errors about the request (413, 415, malformed JSON…): Strapi answers them as 4xx.
  const status = (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const graphqlPath = () => strapi.plugin('graphql')?.config('endpoint') ?? '/graphql';
  return async (ctx: Ctx, next: () => Promise<void>) => {
    const lang = () => requestLang(ctx.query?.locale, ctx.request.header['accept-language'] as string | undefined);
    if (NUL_IN_URL.test(ctx.url) || containsNul(ctx.query) || containsNul(ctx.request.body)) {
      const message = publicMessage(lang(), 'nulByte');
      if (ctx.path === graphqlPath()) {
        ctx.status = 400;
        ctx.body = { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] };
        return;
      }
      throw new errors.ValidationError(message);
    }
    try {
      await next();
    } catch (error) {
      if (isPublicError(error)) throw error;
      strapi.log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      ctx.status = 500;
      ctx.body = {
        data: null,
        error: { status: 500, name: 'InternalServerError', message: publicMessage(lang(), 'internal'), details: {} },
      };
    }
  };
};
