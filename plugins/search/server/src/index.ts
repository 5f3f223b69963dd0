import type { Core } from '@strapi/strapi';
import { defaultConfig, validateConfig } from './config';
import adminController from './controllers/admin';
import searchController from './controllers/search';
import { registerGraphql } from './graphql';
import { registerIndexing } from './middleware';
import routes from './routes';
import services, { getService } from './services';

// Server entry of the search plugin (compiled to dist/server by `npm run build -w plugins/search`).
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerIndexing(strapi);
    registerGraphql(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await getService(strapi, 'indexer').start();
  },
  destroy({ strapi }: { strapi: Core.Strapi }) {
    getService(strapi, 'indexer').stop();
  },
  config: { default: defaultConfig, validator: validateConfig },
  routes,
  controllers: { search: searchController, admin: adminController },
  services,
  contentTypes: {},
};
