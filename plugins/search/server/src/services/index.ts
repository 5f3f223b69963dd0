import type { Core } from '@strapi/strapi';
import { createAllowed } from './allowed';
import { createIndexer, type Indexer } from './indexer';
import { createSearch, type Search } from './search';

/**
 * The plugin's services. Strapi instantiates each factory once; `search` gets the indexer from the
 * registry so both share the engines.
 */
export default {
  indexer: ({ strapi }: { strapi: Core.Strapi }) => createIndexer(strapi),
  search: ({ strapi }: { strapi: Core.Strapi }) => createSearch(strapi, getService(strapi, 'indexer')),
  allowed: ({ strapi }: { strapi: Core.Strapi }) => createAllowed(strapi, getService(strapi, 'indexer')),
};

interface Services {
  indexer: Indexer;
  search: Search;
  allowed: ReturnType<typeof createAllowed>;
}

export function getService<K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] {
  return strapi.plugin('search').service<Services[K]>(name);
}
