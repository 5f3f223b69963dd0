import type { Core } from '@strapi/strapi';
import { defaultConfig, validateConfig } from './config';
import { visitorSaltsMigration } from './migrations/visitor-salts';
import services from './services';
import { getConfig } from './utils/config';
import { getService } from './utils/get-service';

// Server entry of the portal's core plugin (compiled to dist/server by `npm run build:plugins -w cms`).
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Runs with Strapi's own migrations, before the schema sync (so before any plugin's bootstrap).
    void strapi.db.migrations.providers.internal.register(visitorSaltsMigration as never);
    // One document-service middleware decides what is a public change, for every listener.
    getService(strapi, 'public-changes').register();
  },
  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    for (const line of getConfig(strapi).deprecations) strapi.log.warn(`[deprecated] ${line}`);
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await getService(strapi, 'redis').close();
  },
  config: { default: defaultConfig, validator: validateConfig },
  services,
  contentTypes: {},
  routes: [],
  controllers: {},
};
