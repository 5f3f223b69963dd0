import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SITE_UID } from '../content-types/site';
import type { Site } from '../services/sites';
import { HOST_PATTERN, normalHost } from './host-label';
import { MESSAGES, type MessageKey } from './messages';

/**
 * The rules of a site's own save, checked before anything is written (the sites service's
 * document-service middleware calls them for `plugin::portal-core.site`): hosts are normalised and
 * valid, no host belongs to two sites, a key never changes (every entry of the site stores it), and
 * neither the default site nor a site that still holds entries can be deleted.
 */

type SiteFields = { key: string; label?: string | null; primaryHost?: string | null; aliases?: unknown };

/** Every host a site answers on: the root for the default site, `<label>.<root>`, its primary host, its aliases. */
export function siteHosts(site: SiteFields, { rootDomain, isDefault }: { rootDomain: string; isDefault: boolean }): string[] {
  const hosts = [
    isDefault ? rootDomain : '',
    site.label ? `${site.label}.${rootDomain}` : '',
    normalHost(site.primaryHost),
    ...(Array.isArray(site.aliases) ? site.aliases.map((a) => normalHost(typeof a === 'string' ? a : '')) : []),
  ];
  return [...new Set(hosts.filter(Boolean))];
}

export interface SiteRuleContext {
  sites(): Promise<Site[]>;
  entriesOf(key: string): Promise<number>;
  config: { rootDomain: string; defaultKey: string };
}

const refuse = (key: MessageKey, params: Record<string, string | number>) =>
  new errors.ValidationError(MESSAGES.text('vi', key, params), { code: key, ...params });

/** A host as stored: lowercase without a trailing dot, and refused when it is no bare host name (no scheme, port or path). */
function checkedHost(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const host = typeof value === 'string' ? value.trim().toLowerCase().replace(/\.+$/, '') : '';
  if (!HOST_PATTERN.test(host)) throw refuse('badHost', { host: String(value) });
  return host;
}

export async function checkSiteSave(
  strapi: Core.Strapi,
  action: string,
  params: { documentId?: string; data?: Record<string, unknown> },
  rules: SiteRuleContext,
): Promise<void> {
  const current = params.documentId
    ? ((await strapi.db.query(SITE_UID as never).findOne({ where: { documentId: params.documentId } } as never)) as SiteFields | null)
    : null;
  if (action === 'delete') {
    if (!current) return;
    if (current.key === rules.config.defaultKey) throw refuse('defaultSiteKept', { key: current.key });
    const count = await rules.entriesOf(current.key);
    if (count > 0) throw refuse('siteHasContent', { key: current.key, count });
    return;
  }
  const data = (params.data ??= {});
  if (action === 'update' && current && data.key !== undefined && data.key !== current.key)
    throw refuse('siteKeyFixed', { current: current.key });
  if (typeof data.label === 'string') data.label = data.label.trim().toLowerCase() || null;
  if ('primaryHost' in data) data.primaryHost = checkedHost(data.primaryHost);
  if ('aliases' in data) {
    const list = Array.isArray(data.aliases) ? data.aliases : data.aliases ? [data.aliases] : [];
    data.aliases = [...new Set(list.map(checkedHost).filter((h): h is string => h !== null))];
  }
  // The hosts the saved site will answer on must be nobody else's.
  const key = String((action === 'update' ? current?.key : undefined) ?? data.key ?? '');
  const saved: SiteFields = { ...(action === 'update' ? current : {}), ...data, key } as SiteFields;
  const hosts = siteHosts(saved, { rootDomain: rules.config.rootDomain, isDefault: key === rules.config.defaultKey });
  for (const other of await rules.sites()) {
    if (other.key === key) continue;
    const host = hosts.find((h) => other.hosts.includes(h));
    if (host) throw refuse('hostTaken', { host, owner: other.key });
  }
}
