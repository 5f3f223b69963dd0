import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_FEATURES, SITE_UID, type SITE_KINDS, type SITE_STATES } from '../content-types/site';
import { getConfig } from '../utils/config';
import { getService } from '../utils/get-service';
import { LABEL_PATTERN, normalHost } from '../utils/host-label';
import { MESSAGES } from '../utils/messages';
import { checkSiteSave, siteHosts } from '../utils/site-rules';

/**
 * Sites as a primitive of the platform, the way `locale` is for Strapi's i18n (issue 24):
 *
 * - **The stamp** (`stampContentTypes`, at `register`): every application type (`api::`) except the shared
 *   ones (`config.sites.shared`) gets a `site` column holding a site's `key`. A list, not code per type:
 *   a type added later is per site without new code.
 * - **The rule** (`registerMiddleware`): one document-service middleware gives a new entry the default
 *   site when it names none, keeps a new locale on its document's site, refuses an unknown site in
 *   Vietnamese before anything is written, and never moves a document to another site on update.
 * - **The upgrade** (`bootstrap`): the default site is created when missing and every row without a site
 *   (a database of the release before sites) is put on it, so nothing is lost and nothing is hidden.
 * - **The host map**: every node keeps the ≈70 sites in memory and resolves a request's host without a
 *   query; a site saved anywhere reloads it on every node (a public change, scope `every-node`).
 */

export type SiteKind = (typeof SITE_KINDS)[number];
export type SiteState = (typeof SITE_STATES)[number];
export type SiteFeatures = typeof DEFAULT_FEATURES;

/** A site as the platform uses it (the row, normalised; `parent` is the parent's key). */
export interface Site {
  id: number;
  documentId: string;
  key: string;
  name: string;
  nameEn: string | null;
  label: string | null;
  kind: SiteKind;
  state: SiteState;
  adminUnitCode: string | null;
  parent: string | null;
  /** The canonical host: `primaryHost`, else `<label>.<root>`, the root for the default site. */
  primaryHost: string;
  aliases: string[];
  languages: string[];
  validUntil: string | null;
  themeColour: string | null;
  features: SiteFeatures;
  timeZone: string;
  /** Every host the site answers on. */
  hosts: string[];
}

/** What anyone may read about a site (GET /api/portal-core/site): no ids, nothing internal. */
export type PublicSite = Pick<
  Site,
  'key' | 'name' | 'nameEn' | 'label' | 'kind' | 'state' | 'primaryHost' | 'languages' | 'themeColour' | 'features' | 'timeZone'
>;

/** Sites whose pages the public sees: live ones, and archives of former units (read-only). */
export const PUBLIC_STATES: readonly SiteState[] = ['live', 'archived'];

/** The `site` attribute the stamp adds: a real column, not in the admin's edit view, readable by the APIs. */
export const SITE_ATTRIBUTE = {
  type: 'string',
  maxLength: 63,
  configurable: false,
  visible: false,
  private: false,
  writable: true,
} as const;

const WRITES = new Set(['create', 'update', 'clone']);

export const publicSite = (site: Site): PublicSite => ({
  key: site.key,
  name: site.name,
  nameEn: site.nameEn,
  label: site.label,
  kind: site.kind,
  state: site.state,
  primaryHost: site.primaryHost,
  languages: site.languages,
  themeColour: site.themeColour,
  features: site.features,
  timeZone: site.timeZone,
});

type Row = Record<string, unknown> & { id: number; documentId: string; key: string; parent?: { key?: string } | null };
type ContentTypeLike = { uid: string; collectionName?: string; attributes: Record<string, unknown>; indexes?: unknown[] };

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let sites: Site[] = [];
  let byKey = new Map<string, Site>();
  let byHost = new Map<string, Site>();
  let loaded: Promise<void> | null = null;

  const config = () => getConfig(strapi).sites;

  /** The row as the platform uses it, with its hosts under today's root domain. */
  function toSite(row: Row): Site {
    const { rootDomain, defaultKey } = config();
    const label = text(row.label);
    const primaryHost = normalHost(text(row.primaryHost)) || (row.key === defaultKey ? rootDomain : label ? `${label}.${rootDomain}` : '');
    const features = { ...DEFAULT_FEATURES };
    if (row.features && typeof row.features === 'object')
      for (const name of Object.keys(features) as Array<keyof SiteFeatures>) {
        const on = (row.features as Record<string, unknown>)[name];
        if (typeof on === 'boolean') features[name] = on;
      }
    const site: Site = {
      id: row.id,
      documentId: row.documentId,
      key: row.key,
      name: String(row.name ?? row.key),
      nameEn: text(row.nameEn),
      label,
      kind: row.kind as SiteKind,
      state: row.state as SiteState,
      adminUnitCode: text(row.adminUnitCode),
      parent: row.parent?.key ?? null,
      primaryHost,
      aliases: strings(row.aliases).map(normalHost).filter(Boolean),
      languages: strings(row.languages).length ? strings(row.languages) : ['vi', 'en'],
      validUntil: text(row.validUntil),
      themeColour: text(row.themeColour),
      features,
      timeZone: text(row.timeZone) ?? getConfig(strapi).timeZone,
      hosts: [],
    };
    site.hosts = siteHosts(site, { rootDomain, isDefault: row.key === defaultKey });
    return site;
  }

  /** Reads every site and swaps the maps at once (a reader never sees half a reload). */
  async function load(): Promise<void> {
    const rows = (await strapi.db.query(SITE_UID as never).findMany({
      orderBy: { id: 'asc' },
      populate: { parent: { select: ['key'] } },
    } as never)) as Row[];
    const next = rows.map(toSite);
    const hosts = new Map<string, Site>();
    for (const site of next) {
      for (const host of site.hosts) {
        const owner = hosts.get(host);
        if (owner && owner !== site)
          strapi.log.warn(`[portal-core] host ${host} is listed by sites ${owner.key} and ${site.key}: ${owner.key} keeps it`);
        else hosts.set(host, site);
      }
    }
    sites = next;
    byKey = new Map(next.map((s) => [s.key, s]));
    byHost = hosts;
  }

  const ready = () => (loaded ??= load());

  /** The site of `key`, reloading once when this node has not heard of it yet (a site just created elsewhere). */
  async function known(key: string): Promise<Site | null> {
    await ready();
    if (!byKey.has(key)) await load();
    return byKey.get(key) ?? null;
  }

  /** The key a write names, checked: a string of a site that exists, else a Vietnamese refusal. */
  async function checkedKey(value: unknown): Promise<string> {
    const key = typeof value === 'string' ? value : JSON.stringify(value);
    if (typeof value !== 'string' || !LABEL_PATTERN.test(value) || !(await known(value)))
      throw new errors.ValidationError(MESSAGES.text('vi', 'unknownSite', { key }), { code: 'unknownSite', site: key });
    return value;
  }

  /**
   * A document's site (from any of its rows) and whether the version a write names exists yet (its locale;
   * any row for a type without locales, or when the write names no locale: the default one).
   */
  async function documentSite(
    uid: string,
    documentId: string | undefined,
    locale: unknown,
  ): Promise<{ site: string | null; exists: boolean }> {
    if (!documentId) return { site: null, exists: false };
    const rows = (await strapi.db.query(uid as never).findMany({ where: { documentId }, select: ['site', 'locale'] } as never)) as Array<{
      site?: string | null;
      locale?: string | null;
    }>;
    const localized = (strapi.contentTypes[uid as never] as { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined)
      ?.pluginOptions?.i18n?.localized;
    const exists = rows.some((row) => !localized || typeof locale !== 'string' || row.locale === locale);
    return { site: rows.find((row) => row.site)?.site ?? null, exists };
  }

  const service = {
    /** The uids that carry a `site` (every `api::` type but the shared ones). */
    stampedTypes(): string[] {
      const shared = new Set(config().shared);
      return Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::') && !shared.has(uid));
    },

    /**
     * Adds the `site` attribute (and an index on it) to every stamped type, before the models are built,
     * like i18n's `extendContentTypes` adds `locale`. Strapi's schema sync then adds the column.
     */
    stampContentTypes(): void {
      const identifiers = strapi.db.metadata.identifiers;
      for (const uid of service.stampedTypes()) {
        const contentType = strapi.contentTypes[uid as never] as unknown as ContentTypeLike;
        if (contentType.attributes.site && (contentType.attributes.site as { type?: string }).type !== 'string')
          throw new Error(`[portal-core] ${uid} has its own "site" attribute: rename it or list the type in sites.shared`);
        contentType.attributes.site = { ...SITE_ATTRIBUTE };
        const name = identifiers.getIndexName([contentType.collectionName ?? uid, 'site']);
        const indexes = (contentType.indexes ?? []) as Array<{ name: string }>;
        if (!indexes.some((i) => i.name === name)) contentType.indexes = [...indexes, { name, columns: ['site'] }];
      }
    },

    /** The document-service middlewares: the site of every write of a stamped type, and the rules of a site's own save. */
    registerMiddleware(): void {
      const stamped = new Set(service.stampedTypes());
      strapi.documents.use(async (context, next) => {
        const params = context.params as { documentId?: string; data?: Record<string, unknown> };
        if (context.uid === SITE_UID && (WRITES.has(context.action) || context.action === 'delete')) {
          const rules = { sites: () => ready().then(() => sites), entriesOf: service.entriesOf, config: config() };
          await checkSiteSave(strapi, context.action, params, rules);
          return next();
        }
        if (!stamped.has(context.uid) || !WRITES.has(context.action)) return next();
        const data = (params.data ??= {});
        const named = data.site === null || data.site === undefined || data.site === '' ? null : await checkedKey(data.site);
        if (context.action === 'create') {
          data.site = named ?? config().defaultKey;
          return next();
        }
        // update (a new locale included) and clone: the document's own site, unless another one is named.
        const { site: current, exists } = await documentSite(context.uid, params.documentId, (params as { locale?: unknown }).locale);
        if (context.action === 'update' && named && current && named !== current)
          throw new errors.ValidationError(MESSAGES.text('vi', 'siteMoved', { key: named, current }), { code: 'siteMoved', site: named });
        // A save of an existing version keeps its row's site untouched: the write carries no field it did not
        // ask for (the audit trail and the desk compare what a save changed), and a blank never clears it.
        if (context.action === 'update' && exists && !named) {
          delete data.site;
          return next();
        }
        data.site = named ?? current ?? config().defaultKey;
        return next();
      });
    },

    /**
     * At boot: the default site exists, every row of a stamped type without a site is put on it (the
     * upgrade of a database from before sites; idempotent), the host map is loaded, and every node
     * reloads it when a site changes anywhere.
     */
    async bootstrap(): Promise<void> {
      await service.ensureDefault();
      await service.backfill();
      await load();
      loaded = Promise.resolve();
      getService(strapi, 'public-changes').on(
        async (change) => {
          if (change.uid === SITE_UID) await load();
        },
        { scope: 'every-node' },
      );
    },

    async ensureDefault(): Promise<void> {
      const { defaultKey, rootDomain } = config();
      const existing = await strapi.db.query(SITE_UID as never).findOne({ where: { key: defaultKey }, select: ['id'] } as never);
      if (existing) return;
      await strapi.documents(SITE_UID as never).create({
        data: {
          key: defaultKey,
          name: 'Cổng thông tin điện tử tỉnh Hà Tĩnh',
          nameEn: 'Ha Tinh Province Portal',
          kind: 'province',
          state: 'live',
          adminUnitCode: '42',
          primaryHost: rootDomain,
        },
      } as never);
      strapi.log.info(`[portal-core] created the default site "${defaultKey}" on ${rootDomain}`);
    },

    /** Puts every row without a site on the default site; the number of rows moved, per table. */
    async backfill(): Promise<Record<string, number>> {
      const { defaultKey } = config();
      const moved: Record<string, number> = {};
      for (const uid of service.stampedTypes()) {
        const meta = strapi.db.metadata.get(uid) as { tableName: string; attributes: Record<string, { columnName?: string }> };
        const column = meta.attributes.site?.columnName ?? 'site';
        const n = Number(
          await strapi.db
            .connection(meta.tableName)
            .whereNull(column)
            .update({ [column]: defaultKey }),
        );
        if (n > 0) moved[meta.tableName] = n;
      }
      const total = Object.values(moved).reduce((a, b) => a + b, 0);
      if (total > 0) strapi.log.info(`[portal-core] ${total} rows without a site put on "${defaultKey}": ${JSON.stringify(moved)}`);
      return moved;
    },

    /** Reloads the host map now (the public-change listener does it on every node). */
    reload: load,

    /** The site answering on `host` (any state), or null: the root → the default site, `<label>.<root>`, a listed host. */
    resolve(host: string | null | undefined): Site | null {
      return byHost.get(normalHost(host)) ?? null;
    },
    get: (key: string): Site | null => byKey.get(key) ?? null,
    list: (): Site[] => [...sites],
    defaultSite: (): Site | null => byKey.get(config().defaultKey) ?? null,
    /** How many rows of stamped types a site holds (a site with content cannot be deleted). */
    async entriesOf(key: string): Promise<number> {
      let n = 0;
      for (const uid of service.stampedTypes()) n += await strapi.db.query(uid as never).count({ where: { site: key } } as never);
      return n;
    },
  };
  return service;
};
