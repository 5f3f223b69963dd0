import type { Core } from '@strapi/strapi';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { defaults, validateConfig, type VisitCounterConfig } from './config';
import stats from './controllers/stats';
import { registerGraphql } from './graphql';
import { HIT_PATH, createHitHandler } from './http/hit-handler';
import routes from './routes';
import { getCounter, VisitCounter } from './services/counter';

const ACTIONS = [
  { section: 'plugins', displayName: 'Read visit statistics', uid: 'read', pluginName: 'visit-counter' },
  { section: 'plugins', displayName: 'Change the starting total and correct the totals', uid: 'settings', pluginName: 'visit-counter' },
];

/** Answer the hit beacon before Koa: Strapi's middleware stack costs far more than counting a hit. */
function mountHitHandler(strapi: Core.Strapi, service: VisitCounter): void {
  const server = strapi.server.httpServer;
  const handleHit = createHitHandler({
    collector: service.collector,
    visitors: service.visitors,
    clientAddress: service.clientAddress,
    articles: service.articles,
    guard: service.guard,
    today: service.today,
  });
  const others = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '';
    if (url === HIT_PATH || url.startsWith(`${HIT_PATH}?`)) return handleHit(req, res);
    for (const listener of others) listener.call(server, req, res);
  });
}

/** Editors read the statistics; only Super Admins change the starting total. */
async function grantEditors(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  if (!role) return;
  const has = await strapi.db
    .query('admin::permission')
    .findOne({ where: { role: { id: role.id }, action: 'plugin::visit-counter.read' } });
  if (!has) await strapi.service('admin::role').addPermissions(role.id, [{ action: 'plugin::visit-counter.read' }]);
}

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerGraphql(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany(ACTIONS);
    const service = getCounter(strapi);
    await service.start();
    mountHitHandler(strapi, service);
    await grantEditors(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await getCounter(strapi).stop();
  },

  config: {
    default: defaults,
    validator: (config: VisitCounterConfig) => validateConfig(config),
  },
  routes,
  controllers: { stats },
  services: {
    counter: ({ strapi }: { strapi: Core.Strapi }) =>
      new VisitCounter(strapi, strapi.config.get('plugin::visit-counter') as VisitCounterConfig),
  },
  contentTypes: {},
};
