// Admin entry of the search plugin, bundled from source by `strapi build`.
const PLUGIN_ID = 'search';

export default {
  register(app: any) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },
  bootstrap() {},
  async registerTrads() {
    return [];
  },
};
