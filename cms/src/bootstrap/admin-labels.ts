import type { Core } from '@strapi/strapi';
import { FIELD_LABELS } from '../utils/field-labels';

/**
 * Short Vietnamese hints under each field of the admin's edit view (labels come from the admin's
 * translations, app.tsx). Written into the content manager's view configuration only where staff have
 * not written their own hint in "Configure the view", so their edits survive restarts.
 */
export async function syncFieldHints(strapi: Core.Strapi): Promise<void> {
  const cm = strapi.plugin('content-manager');
  let changes = 0;
  for (const [uid, fields] of Object.entries(FIELD_LABELS)) {
    const component = !uid.includes('::');
    const model = component ? strapi.components[uid as never] : strapi.contentTypes[uid as never];
    if (!model) continue;
    const service = cm.service(component ? 'components' : 'content-types');
    const config = await service.findConfiguration(model);
    if (!config?.metadatas) continue;
    let changed = false;
    for (const [name, [, hint]] of Object.entries(fields)) {
      const edit = config.metadatas[name]?.edit;
      if (edit && !edit.description) {
        edit.description = hint;
        changed = true;
      }
    }
    if (changed) {
      const { uid: _uid, category: _category, ...stored } = config;
      await service.updateConfiguration(model, stored);
      changes += 1;
    }
  }
  if (changes) strapi.log.info(`[portal] field hints written for ${changes} type(s)`);
}
