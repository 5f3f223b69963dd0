/**
 * GET /api/portal-sitemap — how many published entries each sitemap type has per locale (the web's
 * sitemap index is built from it); GET /api/portal-sitemap/:type?locale=vi&page=N — one slice of
 * slugs, last changes and the other locale's slugs. Public: only what the published pages show anyway.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SITEMAP_LOCALES, SITEMAP_TYPES, SLICE_SIZE, type SitemapType } from '../services/sitemap';

type Ctx = { params: { type?: string }; query: Record<string, unknown>; set(name: string, value: string): void; body: unknown };

type Service = {
  counts(): Promise<Record<string, Record<string, number>>>;
  slice(type: SitemapType, locale: string, page: number): Promise<unknown[]>;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service('api::sitemap.sitemap') as unknown as Service;
  return {
    async counts(ctx: Ctx) {
      ctx.set('Cache-Control', 'public, max-age=60');
      ctx.body = { data: await service().counts(), meta: { pageSize: SLICE_SIZE, locales: SITEMAP_LOCALES } };
    },

    async slice(ctx: Ctx) {
      const type = ctx.params.type ?? '';
      if (!Object.prototype.hasOwnProperty.call(SITEMAP_TYPES, type)) {
        throw new errors.ValidationError(
          `Loại sơ đồ trang không hợp lệ: chọn ${Object.keys(SITEMAP_TYPES).join(', ')}. / Unknown sitemap type: use ${Object.keys(SITEMAP_TYPES).join(', ')}.`,
        );
      }
      const locale = typeof ctx.query.locale === 'string' ? ctx.query.locale : '';
      if (!SITEMAP_LOCALES.includes(locale)) {
        throw new errors.ValidationError(
          `Ngôn ngữ không hợp lệ: chọn ${SITEMAP_LOCALES.join(', ')}. / Unknown locale: use ${SITEMAP_LOCALES.join(', ')}.`,
        );
      }
      const rawPage = ctx.query.page === undefined ? '1' : ctx.query.page;
      if (typeof rawPage !== 'string' || !/^[1-9]\d{0,5}$/.test(rawPage)) {
        throw new errors.ValidationError('Số trang phải là số nguyên dương. / The page must be a positive whole number.');
      }
      ctx.set('Cache-Control', 'public, max-age=60');
      ctx.body = { data: await service().slice(type as SitemapType, locale, Number(rawPage)), meta: { pageSize: SLICE_SIZE } };
    },
  };
};
