import type { Core } from '@strapi/strapi';
import { defaultConfig, validateConfig } from './config.js';
import feedController from './controllers/feed.js';
import { getFeed } from './feed.js';
import graphqlGuard from './middlewares/graphql-guard.js';
import register from './register.js';
import routes from './routes/index.js';
import { createFeedService } from './services/feed-service.js';
import { countSqlStatements } from './sql-count.js';

// Server entry of the partner-feed plugin (compiled to dist/server by `npm run build -w plugins/partner-feed`).
export default {
  register,
  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    countSqlStatements(strapi);
    const feed = getFeed(strapi);
    if (feed.config.fastPath) feed.fastPath.install(strapi.server.httpServer);
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await getFeed(strapi).close();
  },
  config: { default: defaultConfig, validator: validateConfig },
  routes,
  controllers: { feed: feedController },
  middlewares: { 'graphql-guard': graphqlGuard },
  services: { feed: createFeedService },
  contentTypes: {},
};
