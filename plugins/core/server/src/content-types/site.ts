/**
 * A site of the platform (issue 24): the provincial portal, a commune's or ward's portal, a department's,
 * or an archive of a former unit. One row per site, without drafts or locales: a site is configuration,
 * and its `key` is what every entry of a per-site type carries in its `site` column (../services/sites.ts).
 *
 * `state` rather than `status`: Strapi 5 reserves `status` for the document service's draft/published.
 */
export const SITE_UID = 'plugin::portal-core.site';

export const SITE_KINDS = ['province', 'commune', 'ward', 'department', 'archive'] as const;
export const SITE_STATES = ['setup', 'live', 'suspended', 'archived'] as const;

/** What a new site offers until an administrator switches some of it off. */
export const DEFAULT_FEATURES = { comments: true, ratings: true, map: true, dossiers: true, documents: true, partnerFeed: true };

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'portal_sites',
    info: {
      singularName: 'site',
      pluralName: 'sites',
      displayName: 'Trang thông tin',
      description: 'Cổng tỉnh, trang của xã, phường, sở ngành hoặc trang lưu trữ: tên, địa chỉ, giao diện và tính năng',
    },
    options: { draftAndPublish: false },
    // Edited in the content manager, never reshaped in the content-type builder (the code owns it).
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false }, i18n: { localized: false } },
    attributes: {
      /** Stable identifier stored on every entry of the site: never renamed (lowercase letters and digits). */
      key: { type: 'string', required: true, unique: true, maxLength: 63, regex: '^[a-z0-9]+$', configurable: false },
      /** Vietnamese name, e.g. "Cổng thông tin điện tử xã Cẩm Xuyên". */
      name: { type: 'string', required: true, maxLength: 255 },
      nameEn: { type: 'string', maxLength: 255 },
      /** Decree 224 host label: the site answers on `<label>.<PORTAL_ROOT_DOMAIN>` (`camxuyen`). */
      label: { type: 'string', maxLength: 63, regex: '^[a-z0-9]+$' },
      kind: { type: 'enumeration', enum: [...SITE_KINDS], required: true, default: 'commune' },
      /** Only `live` and `archived` sites answer the public. */
      state: { type: 'enumeration', enum: [...SITE_STATES], required: true, default: 'setup' },
      /** GSO code of the administrative unit (`admin-unit.code`), e.g. `18073` for Phường Thành Sen. */
      adminUnitCode: { type: 'string', maxLength: 16 },
      parent: { type: 'relation', relation: 'manyToOne', target: SITE_UID },
      /** The site's canonical host when it is not `<label>.<root>` (a custom domain); empty = that. */
      primaryHost: { type: 'string', maxLength: 253 },
      /** More hosts the site answers on (old domains, custom domains): a list of host names. */
      aliases: { type: 'json', default: [] },
      languages: { type: 'json', default: ['vi', 'en'] },
      /** An archive's pages stay readable; this is the last day its unit existed (e.g. 2025-06-30). */
      validUntil: { type: 'date' },
      themeColour: { type: 'string', maxLength: 7, regex: '^#[0-9a-fA-F]{6}$' },
      logo: { type: 'media', multiple: false, allowedTypes: ['images'] },
      banner: { type: 'media', multiple: false, allowedTypes: ['images'] },
      features: { type: 'json', default: DEFAULT_FEATURES },
      timeZone: { type: 'string', maxLength: 64, default: 'Asia/Ho_Chi_Minh' },
    },
  },
};
