import type { Core } from '@strapi/strapi';
import config from './config';
import moderation from './controllers/moderation';
import publicController from './controllers/public';
import { registerGraphql } from './graphql';
import routes from './routes';
import { core } from './core';
import { ensureTables } from './db/schema';
import { reviewsPersonalData } from './services/personal-data';
import services from './services';
import { getService } from './utils/get-service';

/** Admin permission registered by the plugin; the CMS grants it to the Editor role at boot. */
const ACTIONS = [{ section: 'plugins', displayName: 'Moderate comments', uid: 'moderate', pluginName: 'reviews' }];

// Server entry of the reviews plugin (compiled to dist/server by `npm run build -w plugins/reviews`).
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerGraphql(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany(ACTIONS);
    await ensureTables(strapi.db.connection);
    core(strapi, 'personal-data').register('reviews', reviewsPersonalData(strapi.db.connection));
    getService(strapi, 'reviews'); // built now, so a configuration mistake stops the boot instead of the first request
  },
  config,
  routes,
  controllers: { public: publicController, moderation },
  services,
  contentTypes: {},
};
