import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { slugify } from '../utils/slug';

/**
 * Slugs (every `uid` field with a `targetField` in the portal's types, read from the schemas):
 *  - left empty, or still Strapi's placeholder (the type's name: "article", "article-2"), the server
 *    makes one from the title, Vietnamese-aware ("Đoàn thẩm định" → "doan-tham-dinh"), unique in its locale;
 *  - typed by hand, it is kept, unless another entry of the same locale already has it: then the save is
 *    refused with a 400 naming the field, in Vietnamese, and nothing is written.
 */
type UidField = { field: string; target: string };
type Params = { documentId?: string; locale?: string; data?: Record<string, unknown> };

const LANGUAGE: Record<string, string> = { vi: 'tiếng Việt', en: 'tiếng Anh' };

function uidFields(strapi: Core.Strapi, uid: string): UidField[] {
  if (!uid.startsWith('api::')) return [];
  const model = strapi.getModel(uid as never) as { attributes: Record<string, { type: string; targetField?: string }> };
  return Object.entries(model.attributes)
    .filter(([, a]) => a.type === 'uid' && a.targetField)
    .map(([field, a]) => ({ field, target: a.targetField as string }));
}

export function slugTakenMessage(slug: string, locale: string | undefined): string {
  const where = locale ? ` bằng ${LANGUAGE[locale] ?? locale}` : '';
  return `Đường dẫn (slug) "${slug}" đã được dùng cho một bài khác${where}. Hãy sửa đường dẫn cho khác đi.`;
}

export function createSlugGuard(strapi: Core.Strapi) {
  const i18n = () => strapi.plugin('i18n').service('content-types');

  async function scope(uid: string, params: Params) {
    const localized = i18n().isLocalizedContentType(strapi.getModel(uid as never));
    const locale = localized ? (params.locale ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale())) : undefined;
    const others = params.documentId ? { documentId: { $ne: params.documentId } } : {};
    return { locale, where: { ...(locale ? { locale } : {}), ...others } };
  }

  async function isTaken(uid: string, field: string, value: string, params: Params): Promise<boolean> {
    const { where } = await scope(uid, params);
    return (await strapi.db.query(uid as never).count({ where: { ...where, [field]: value } })) > 0;
  }

  async function uniqueSlug(uid: string, field: string, base: string, params: Params): Promise<string> {
    const { where } = await scope(uid, params);
    const rows: Record<string, string>[] = await strapi.db
      .query(uid as never)
      .findMany({ where: { ...where, [field]: { $startsWith: base } }, select: [field] });
    const used = new Set(rows.map((r) => r[field]));
    if (!used.has(base)) return base;
    let n = 2;
    while (used.has(`${base}-${n}`)) n += 1;
    return `${base}-${n}`;
  }

  return async function guard(uid: string, params: Params): Promise<void> {
    const data = params.data;
    if (!data) return;
    const modelName = (strapi.getModel(uid as never) as { modelName: string }).modelName;
    const placeholder = new RegExp(`^${modelName}(-\\d+)?$`);
    for (const { field, target } of uidFields(strapi, uid)) {
      const value = typeof data[field] === 'string' ? (data[field] as string).trim() : data[field];
      const fromTitle = typeof data[target] === 'string' ? slugify(data[target] as string) : '';
      const empty = value === null || value === '' || (value === undefined && !params.documentId);
      if ((empty || (typeof value === 'string' && placeholder.test(value) && !placeholder.test(fromTitle))) && fromTitle) {
        data[field] = await uniqueSlug(uid, field, fromTitle, params);
        continue;
      }
      if (typeof value === 'string' && value && (await isTaken(uid, field, value, params))) {
        const message = slugTakenMessage(value, (await scope(uid, params)).locale);
        throw new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });
      }
    }
  };
}

export function registerUniqueSlugs(strapi: Core.Strapi): void {
  const guard = createSlugGuard(strapi);
  strapi.documents.use(async (context, next) => {
    if (context.action === 'create' || context.action === 'update') await guard(context.uid, context.params as Params);
    return next();
  });
}
