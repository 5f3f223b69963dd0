import type { Core } from '@strapi/strapi';
import { defaultConfig, validateConfig } from './config';
import contentTypes from './content-types';
import { SITE_UID } from './content-types/site';
import site from './controllers/site';
import { nodesAndJobsMigration } from './migrations/nodes-and-jobs';
import { visitorSaltsMigration } from './migrations/visitor-salts';
import services from './services';
import { getConfig } from './utils/config';
import { getService } from './utils/get-service';
import { redisTransport } from './utils/redis-transport';

// Server entry of the portal's core plugin (compiled to dist/server by `npm run build:plugins -w cms`).
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Runs with Strapi's own migrations, before the schema sync (so before any plugin's bootstrap).
    void strapi.db.migrations.providers.internal.register(visitorSaltsMigration as never);
    void strapi.db.migrations.providers.internal.register(nodesAndJobsMigration as never);
    // Sites: every per-site type gets its `site` column before the models are built (like i18n's `locale`).
    getService(strapi, 'sites').stampContentTypes();
    // One document-service middleware decides what is a public change, for every listener.
    getService(strapi, 'public-changes').register();
    // Then the site of every write (inside the public-change middleware: a refused write emits nothing).
    getService(strapi, 'sites').registerMiddleware();
    // A site's public face is GET /api/portal-core/site; the type itself stays out of the GraphQL schema.
    if (strapi.plugin('graphql')) strapi.plugin('graphql').service('extension').shadowCRUD(SITE_UID).disable();
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    for (const line of getConfig(strapi).deprecations) strapi.log.warn(`[deprecated] ${line}`);
    // The default site, every row of a database from before sites put on it, and the host map in memory.
    await getService(strapi, 'sites').bootstrap();
    // A node is a process that serves requests: just before it listens, it registers (without Redis,
    // refusing to be a second one on this database) and starts competing for the periodic jobs.
    // Scripts that load Strapi without listening (seed, imports, reindex) are no node and run no job.
    const nodes = getService(strapi, 'nodes');
    const listen = strapi.listen.bind(strapi);
    strapi.listen = async () => {
      await nodes.start();
      getService(strapi, 'personal-data').start();
      getService(strapi, 'jobs').begin();
      return listen();
    };
    const redis = getService(strapi, 'redis');
    if (redis.enabled)
      await getService(strapi, 'public-changes').setTransport(
        redisTransport(redis, nodes.id, (m) => strapi.log.warn(`[portal-core] public changes from other nodes: ${m}`)),
      );
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await getService(strapi, 'personal-data').stop();
    await getService(strapi, 'jobs').stop();
    await getService(strapi, 'nodes').stop();
    await getService(strapi, 'redis').close();
  },
  config: { default: defaultConfig, validator: validateConfig },
  services,
  contentTypes,
  routes: {
    'content-api': {
      type: 'content-api',
      routes: [
        { method: 'GET', path: '/privacy', handler: 'privacy.notice', config: { auth: false } },
        { method: 'GET', path: '/site', handler: 'site.find', config: { auth: false } },
      ],
    },
  },
  controllers: {
    site,
    privacy: ({ strapi }: { strapi: Core.Strapi }) => ({
      /** The privacy notice's facts (registry, retention in force, version): public, the web's privacy page reads it. */
      notice(ctx: { body: unknown; set(name: string, value: string): void }) {
        ctx.set('Cache-Control', 'public, max-age=300');
        ctx.body = { data: getService(strapi, 'personal-data').notice() };
      },
    }),
  },
};
