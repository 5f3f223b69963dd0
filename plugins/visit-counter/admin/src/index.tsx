// Admin entry of the visit-counter plugin, bundled from source by `strapi build`.
import type { StrapiApp } from '@strapi/strapi/admin';
import { PresentationChart } from '@strapi/icons';
import en from './translations/en.json';
import vi from './translations/vi.json';

export const PLUGIN_ID = 'visit-counter';
const TRANSLATIONS: Record<string, Record<string, string>> = { en, vi };

const prefixed = (data: Record<string, string>) => Object.fromEntries(Object.entries(data).map(([k, v]) => [`${PLUGIN_ID}.${k}`, v]));

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PresentationChart,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Visit statistics' },
      permissions: [{ action: 'plugin::visit-counter.read', subject: null }],
      Component: () => import('./pages/StatisticsPage').then((page) => ({ default: page.ProtectedStatisticsPage })),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Visit statistics' });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: prefixed(TRANSLATIONS[locale] ?? en) }));
  },
};
