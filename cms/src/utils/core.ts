import type { Core } from '@strapi/strapi';
import type { PublicChanges } from '@portal/strapi-plugin-core/shared';

/** The platform core's public-change events (plugins/core): one decision of what readers can see changed. */
export const publicChanges = (strapi: Core.Strapi) => strapi.plugin('portal-core').service<PublicChanges>('public-changes');

/** The core's periodic jobs: run on one CMS node at a time (a lease row in the database, see plugins/core). */
export interface Jobs {
  runExclusive(name: string, intervalMs: number, fn: () => Promise<unknown>, options?: { immediately?: boolean }): () => Promise<void>;
}
export const jobs = (strapi: Core.Strapi) => strapi.plugin('portal-core').service<Jobs>('jobs');
