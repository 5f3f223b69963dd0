import type { Core } from '@strapi/strapi';

// Server entry of the search plugin (compiled to dist/server by `npm run build -w plugins/search`).
export default {
  register(_ctx: { strapi: Core.Strapi }) {},
  bootstrap(_ctx: { strapi: Core.Strapi }) {},
  destroy(_ctx: { strapi: Core.Strapi }) {},
  config: { default: {}, validator() {} },
  routes: {},
  controllers: {},
  services: {},
  contentTypes: {},
};
