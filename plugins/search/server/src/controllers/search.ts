/** GET /api/search — public, validated, answers in the caller's language on a 400. */
import type { Core } from '@strapi/strapi';
import { toStrapiError } from '@portal/strapi-plugin-core/shared';
import { getService } from '../services';
import type { SearchResponse } from '../services/search';
import { callerLang } from '../utils/messages';
import { parseSearchInput, type SearchInput } from '../validation/search-query';

/** Validates, searches, and turns bad input into a localized ValidationError (400 / BAD_USER_INPUT). */
export async function runSearch(strapi: Core.Strapi, input: SearchInput, acceptLanguage?: string): Promise<SearchResponse> {
  const allowed = await getService(strapi, 'allowed')();
  let query;
  try {
    query = parseSearchInput(input, allowed);
  } catch (error) {
    throw toStrapiError(error, callerLang(input.locale, acceptLanguage));
  }
  return getService(strapi, 'search').search(query);
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async search(ctx: { query: Record<string, unknown>; get(name: string): string; set(name: string, value: string): void; body: unknown }) {
    const { q, query, locale, category, from, to, page, pageSize, sort, type, types } = ctx.query;
    const result = await runSearch(
      strapi,
      { query: q ?? query, locale, category, from, to, page, pageSize, sort, types: types ?? type },
      ctx.get('accept-language'),
    );
    ctx.set('Cache-Control', 'public, max-age=30');
    ctx.body = { data: result };
  },
});
