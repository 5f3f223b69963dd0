import type { Core } from '@strapi/strapi';
import type { PublicChanges } from '@portal/strapi-plugin-core/shared';

/** The platform core's public-change events (plugins/core): one decision of what readers can see changed. */
export const publicChanges = (strapi: Core.Strapi) => strapi.plugin('portal-core').service<PublicChanges>('public-changes');
