import type { Core } from '@strapi/strapi';

/**
 * Read-only content types of the portal. The public (anonymous) role may list and read their
 * published entries and nothing else; every other permission of the public role is removed.
 */
export const PUBLIC_READ: Record<string, Array<'find' | 'findOne'>> = {
  'api::article.article': ['find', 'findOne'],
  'api::category.category': ['find', 'findOne'],
  'api::organization-unit.organization-unit': ['find', 'findOne'],
  'api::site-setting.site-setting': ['find'],
  'api::website-link.website-link': ['find', 'findOne'],
  'api::admin-unit.admin-unit': ['find', 'findOne'],
  'api::map-layer.map-layer': ['find', 'findOne'],
  'api::official-document.official-document': ['find', 'findOne'],
  'api::dossier-statistic.dossier-statistic': ['find', 'findOne'],
};

export const publicActions = (): string[] =>
  Object.entries(PUBLIC_READ).flatMap(([uid, actions]) => actions.map((action) => `${uid}.${action}`));

const PERMISSION = 'plugin::users-permissions.permission';

/** Make the public role's permissions exactly `publicActions()`; safe to run at every boot. */
export async function syncPublicAccess(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions public role is missing');

  const wanted = new Set(publicActions());
  const existing: Array<{ id: number; action: string }> = await strapi.db
    .query(PERMISSION)
    .findMany({ where: { role: { id: role.id } }, select: ['id', 'action'] });

  const extra = existing.filter((p) => !wanted.has(p.action));
  if (extra.length > 0) {
    await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: extra.map((p) => p.id) } } });
    strapi.log.info(`[portal] removed ${extra.length} public permission(s): ${extra.map((p) => p.action).join(', ')}`);
  }
  const have = new Set(existing.map((p) => p.action));
  for (const action of wanted) {
    if (!have.has(action)) await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
  }

  // No citizen accounts on a government portal: sign-up stays off.
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
}
