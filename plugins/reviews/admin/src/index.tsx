// Admin entry of the reviews plugin, bundled from source by `strapi build`.
const PLUGIN_ID = 'reviews';

export default {
  register(app: any) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },
  bootstrap() {},
  async registerTrads() {
    return [];
  },
};
