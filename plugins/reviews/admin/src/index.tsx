// Admin entry of the reviews plugin, bundled from source by `strapi build`: the comment moderation page.
import type { StrapiApp } from '@strapi/strapi/admin';
import { Message } from '@strapi/icons';
import { PLUGIN_ID, translations } from './translations';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Message,
      intlLabel: { id: `${PLUGIN_ID}.menu`, defaultMessage: 'Comments' },
      // Editors (and super admins) moderate; authors do not see the page.
      permissions: [{ action: 'plugin::reviews.moderate', subject: null }],
      Component: () => import('./pages/ModerationPage'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({
      locale,
      data: Object.fromEntries(Object.entries(translations[locale === 'vi' ? 'vi' : 'en']).map(([k, v]) => [`${PLUGIN_ID}.${k}`, v])),
    }));
  },
};
