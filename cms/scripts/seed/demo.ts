/** The demo portal: categories, organisation units, links, settings and news, in vi and en. Idempotent. */
import type { Core } from '@strapi/strapi';
import { slugify } from '../../src/utils/slug';
import { articles } from './articles';
import { toBlocks } from './blocks';
import { coverSvg, logoSvg, renderImage, type LocalImage } from './images';
import { categories, siteSetting, units, websiteLinks } from './taxonomy';

type Uid =
  'api::article.article' | 'api::category.category' | 'api::organization-unit.organization-unit' | 'api::website-link.website-link';
type Data = Record<string, unknown>;
const LOCALES = ['vi', 'en'] as const;

/** Shorten at a word boundary, for SEO fields with length limits. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

export interface DemoRefs {
  categories: Record<string, string>;
  units: Record<string, string>;
}

/**
 * Create (or find) one document keyed by `key` in vi, then its en localization. With `publish`, both
 * locales end up published. Returns the documentId.
 */
async function upsertDocument(
  strapi: Core.Strapi,
  uid: Uid,
  key: Data,
  data: Record<(typeof LOCALES)[number], Data>,
  publish: boolean,
): Promise<string> {
  const service = strapi.documents(uid);
  const found = await service.findFirst({ locale: 'vi', status: 'draft', filters: key as never, fields: ['documentId'] as never });
  let documentId = found?.documentId;
  for (const locale of LOCALES) {
    const existing = documentId ? await service.findOne({ documentId, locale, status: 'draft' }) : null;
    if (existing) continue;
    const created = documentId
      ? await service.update({ documentId, locale, data: data[locale] as never })
      : await service.create({ locale, data: data[locale] as never });
    documentId = created!.documentId;
    if (publish) await service.publish({ documentId, locale });
  }
  return documentId!;
}

/** Upload a locally made file once (found again by name on later runs); returns the file id. */
export async function uploadOnce(
  strapi: Core.Strapi,
  name: string,
  make: () => Promise<LocalImage> | LocalImage,
  alt: string,
  caption: string,
): Promise<number> {
  const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { name }, select: ['id'] });
  if (existing) return existing.id;
  const [uploaded] = await strapi
    .plugin('upload')
    .service('upload')
    .upload({ data: { fileInfo: { name, alternativeText: alt, caption } }, files: await make() });
  return uploaded.id;
}

export async function seedDemo(strapi: Core.Strapi, step: (label: string) => void): Promise<DemoRefs> {
  const refs: DemoRefs = { categories: {}, units: {} };

  step('categories');
  for (const c of categories) {
    const parent = c.parent ? refs.categories[c.parent] : undefined;
    const data = Object.fromEntries(
      LOCALES.map((l) => [l, { name: c[l].name, slug: slugify(c[l].name), description: c[l].description, order: c.order, parent }]),
    ) as Record<(typeof LOCALES)[number], Data>;
    refs.categories[c.key] = await upsertDocument(strapi, 'api::category.category', { slug: slugify(c.vi.name) }, data, false);
  }

  step('organisation units');
  for (const u of units) {
    const parent = u.parent ? refs.units[u.parent] : undefined;
    const data = Object.fromEntries(
      LOCALES.map((l) => [
        l,
        {
          name: u[l].name,
          slug: slugify(u[l].name),
          kind: u.kind,
          description: u[l].description,
          leaders: u[l].leaders,
          phone: u.phone,
          email: u.email,
          address: u[l].address,
          order: u.order,
          parent,
        },
      ]),
    ) as Record<(typeof LOCALES)[number], Data>;
    refs.units[u.key] = await upsertDocument(strapi, 'api::organization-unit.organization-unit', { slug: slugify(u.vi.name) }, data, false);
  }

  step('website links');
  for (const link of websiteLinks) {
    const data = Object.fromEntries(LOCALES.map((l) => [l, { url: link.url, order: link.order, ...link[l] }])) as Record<
      (typeof LOCALES)[number],
      Data
    >;
    await upsertDocument(strapi, 'api::website-link.website-link', { url: link.url }, data, false);
  }

  step('site settings and logo');
  const logo = await uploadOnce(
    strapi,
    'portal-logo.png',
    () => renderImage(logoSvg(), 'portal-logo', 'png'),
    'Biểu trưng Cổng thông tin',
    '',
  );
  const settings = strapi.documents('api::site-setting.site-setting');
  let settingId = (await settings.findFirst({ locale: 'vi' }))?.documentId;
  for (const locale of LOCALES) {
    if (settingId && (await settings.findOne({ documentId: settingId, locale }))) continue;
    const { vi: _vi, en: _en, ...shared } = siteSetting;
    const data = { ...shared, ...siteSetting[locale], logo } as never;
    settingId = (settingId ? await settings.update({ documentId: settingId, locale, data }) : await settings.create({ locale, data }))!
      .documentId;
  }

  const COVER_ALT_PREFIX = { vi: 'Tranh minh họa: ', en: 'Illustration: ' } as const;
  step(`${articles.length} articles × 2 languages with cover images`);
  for (const a of articles) {
    const cover = await uploadOnce(
      strapi,
      `${a.key}.jpg`,
      () => renderImage(coverSvg(a.key, a.palette), a.key, 'jpeg'),
      a.vi.coverCaption,
      a.vi.coverCaption,
    );
    const data = Object.fromEntries(
      LOCALES.map((l) => {
        const t = a[l];
        return [
          l,
          {
            title: t.title,
            slug: slugify(t.title),
            summary: t.summary,
            body: toBlocks(t.body),
            cover,
            coverCaption: t.coverCaption,
            // The demo covers are drawn illustrations: say so, in the page's language.
            coverAlt: t.coverAlt ?? `${COVER_ALT_PREFIX[l]}${t.coverCaption}`,
            category: refs.categories[a.category],
            sourceUnit: refs.units[a.unit],
            byline: t.byline,
            tags: t.tags.map((label) => ({ label })),
            featured: Boolean(a.featured),
            publicationDate: new Date(a.date).toISOString(),
            seo: { metaTitle: clip(t.title, 70), metaDescription: clip(t.summary, 200) },
          },
        ];
      }),
    ) as Record<(typeof LOCALES)[number], Data>;
    await upsertDocument(strapi, 'api::article.article', { slug: slugify(a.vi.title) }, data, true);
  }
  return refs;
}
