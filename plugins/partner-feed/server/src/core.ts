import type { Core } from '@strapi/strapi';
import type { CoreServices } from '@portal/strapi-plugin-core/types';

/** A service of the portal's core plugin (a peer dependency: Redis, client address, visitors, limits). */
export const core = <K extends keyof CoreServices>(strapi: Core.Strapi, name: K): CoreServices[K] =>
  strapi.plugin('portal-core').service<CoreServices[K]>(name);
