import type { Core } from '@strapi/strapi';

/**
 * The communications desk on Strapi's built-in admin roles:
 *  - Author ("phóng viên", reporter): creates drafts and edits only the entries they created; cannot publish;
 *    works only on types with drafts (articles, map layers, documents), since other types are public on save.
 *  - Editor ("biên tập viên"): edits everyone's entries and publishes / unpublishes.
 *  - Super Admin: the portal's IT team (settings, users, roles).
 * Strapi creates these roles on the first boot; this keeps the portal's content types in them
 * (all fields, all locales) when types or locales are added later. Safe to run at every boot.
 */
const CM = 'plugin::content-manager.explorer';
const PUBLISH = `${CM}.publish`;

type Permission = {
  id?: number;
  action: string;
  subject?: string | null;
  properties?: { fields?: string[]; locales?: string[] | null } & Record<string, unknown>;
  conditions?: string[];
};

function desiredPermissions(strapi: Core.Strapi, locales: string[]): Permission[] {
  const permissionService = strapi.service('admin::permission');
  const contentTypeService = strapi.service('admin::content-type');
  const actions = permissionService.actionProvider.values().filter((a: { section: string }) => a.section === 'contentTypes');
  const all: Permission[] = contentTypeService.getPermissionsWithNestedFields(actions, { restrictedSubjects: [] });
  const i18n = strapi.plugin('i18n').service('content-types');
  return all
    .filter((p) => typeof p.subject === 'string' && p.subject.startsWith('api::'))
    .map((p) => {
      const localized = i18n.isLocalizedContentType(strapi.getModel(p.subject as never));
      return localized ? { ...p, properties: { ...p.properties, locales } } : p;
    });
}

const key = (p: Permission) => `${p.action}|${p.subject ?? ''}`;

async function syncRole(strapi: Core.Strapi, code: string, wanted: Permission[]): Promise<number> {
  const role = await strapi.db.query('admin::role').findOne({ where: { code } });
  if (!role) return 0;
  const permissionService = strapi.service('admin::permission');
  const existing: Permission[] = await strapi.db
    .query('admin::permission')
    .findMany({ where: { role: { id: role.id }, subject: { $startsWith: 'api::' } } });
  const byKey = new Map(existing.map((p) => [key(p), p]));
  const wantedKeys = new Set(wanted.map(key));
  let changes = 0;

  const stale = existing.filter((p) => !wantedKeys.has(key(p)));
  if (stale.length) {
    await permissionService.deleteByIds(stale.map((p) => p.id));
    changes += stale.length;
  }
  const missing = wanted.filter((p) => !byKey.has(key(p)));
  if (missing.length) {
    await strapi.service('admin::role').addPermissions(role.id, missing);
    changes += missing.length;
  }
  for (const want of wanted) {
    const have = byKey.get(key(want));
    if (!have) continue;
    const same =
      JSON.stringify(have.properties ?? {}) === JSON.stringify(want.properties ?? {}) &&
      JSON.stringify(have.conditions ?? []) === JSON.stringify(want.conditions ?? []);
    if (!same) {
      await strapi.db
        .query('admin::permission')
        .update({ where: { id: have.id }, data: { properties: want.properties, conditions: want.conditions ?? [] } });
      changes += 1;
    }
  }
  return changes;
}

/**
 * Admin permissions that local plugins register for the desk (no subject): editors get them,
 * authors never do. Comment moderation (`plugin::reviews.moderate`) is the first one; reading the
 * audit trail (`api::audit-trail.read`, bootstrap/audit-trail.ts) another.
 */
export const EDITOR_PLUGIN_ACTIONS = ['plugin::reviews.moderate', 'api::audit-trail.read'];

async function syncPluginActions(strapi: Core.Strapi, code: string, grant: boolean): Promise<number> {
  const role = await strapi.db.query('admin::role').findOne({ where: { code } });
  if (!role) return 0;
  const registered = new Set(
    strapi
      .service('admin::permission')
      .actionProvider.values()
      .map((a: { actionId: string }) => a.actionId),
  );
  const actions = EDITOR_PLUGIN_ACTIONS.filter((a) => registered.has(a));
  const existing: Permission[] = await strapi.db
    .query('admin::permission')
    .findMany({ where: { role: { id: role.id }, action: { $in: actions } } });
  if (!grant) {
    if (existing.length) await strapi.service('admin::permission').deleteByIds(existing.map((p) => p.id));
    return existing.length;
  }
  const have = new Set(existing.map((p) => p.action));
  const missing = actions.filter((a) => !have.has(a)).map((action) => ({ action, subject: null, properties: {}, conditions: [] }));
  if (missing.length) await strapi.service('admin::role').addPermissions(role.id, missing);
  return missing.length;
}

/**
 * Reporters pick a category and a source unit by name: the relation picker shows a target's main field
 * only to those who may read it (otherwise its documentId). Authors get read access to exactly that
 * field of each relation target they cannot otherwise read, and nothing else (no create / update).
 */
async function relationLabelReads(
  strapi: Core.Strapi,
  writable: Permission[],
  locales: string[],
): Promise<(Permission & { conditions: string[] })[]> {
  const subjects = new Set(writable.map((p) => p.subject as string));
  const configs = strapi.plugin('content-manager').service('content-types');
  const i18n = strapi.plugin('i18n').service('content-types');
  const fields = new Map<string, Set<string>>();
  for (const uid of subjects) {
    const model = strapi.getModel(uid as never) as { attributes: Record<string, { type: string; target?: string }> };
    const config = await configs.findConfiguration({ uid });
    for (const [name, attribute] of Object.entries(model.attributes)) {
      const target = attribute.target;
      if (attribute.type !== 'relation' || !target?.startsWith('api::') || subjects.has(target)) continue;
      const mainField: string | undefined = config?.metadatas?.[name]?.edit?.mainField;
      if (!mainField || mainField === 'id' || mainField === 'documentId') continue;
      fields.set(target, (fields.get(target) ?? new Set()).add(mainField));
    }
  }
  return [...fields].map(([subject, names]) => {
    const localized = i18n.isLocalizedContentType(strapi.getModel(subject as never));
    return { action: `${CM}.read`, subject, properties: { fields: [...names].sort(), ...(localized ? { locales } : {}) }, conditions: [] };
  });
}

export async function syncDeskRoles(strapi: Core.Strapi): Promise<void> {
  const locales: string[] = (await strapi.plugin('i18n').service('locales').find()).map((l: { code: string }) => l.code);
  const editor = desiredPermissions(strapi, locales).map((p) => ({ ...p, conditions: [] }));
  // Reporters only write types with drafts: anything they save waits for an editor. Types without
  // draft & publish (settings, units, links, dossier figures…) are public on save, so editors only.
  const hasDrafts = (uid: string) =>
    Boolean((strapi.getModel(uid as never) as { options?: { draftAndPublish?: boolean } } | undefined)?.options?.draftAndPublish);
  const author = editor
    .filter((p) => p.action !== PUBLISH && hasDrafts(p.subject as string))
    .map((p) => ({ ...p, conditions: ['admin::is-creator'] }));
  author.push(...(await relationLabelReads(strapi, author, locales)));
  const changes =
    (await syncRole(strapi, 'strapi-editor', editor)) +
    (await syncRole(strapi, 'strapi-author', author)) +
    (await syncPluginActions(strapi, 'strapi-editor', true)) +
    (await syncPluginActions(strapi, 'strapi-author', false));
  if (changes > 0) strapi.log.info(`[portal] desk roles updated (${changes} permission change(s))`);
}
