// Admin entry of the search plugin, bundled from source by `strapi build`.
import type { StrapiApp } from '@strapi/strapi/admin';
const PLUGIN_ID = 'search';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },
  bootstrap() {},
  async registerTrads() {
    return [];
  },
};
