// Admin entry of the visit-counter plugin, bundled from source by `strapi build`.
const PLUGIN_ID = 'visit-counter';

export default {
  register(app: any) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },
  bootstrap() {},
  async registerTrads() {
    return [];
  },
};
