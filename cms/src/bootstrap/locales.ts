import type { Core } from '@strapi/strapi';

/** The portal's languages: Vietnamese is the default, English is the translation. */
export const PORTAL_LOCALES = [
  { code: 'vi', name: 'Tiếng Việt (vi)' },
  { code: 'en', name: 'English (en)' },
] as const;

export const DEFAULT_LOCALE = 'vi';

/** Create the locales and make `vi` the default; safe to run at every boot. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const { code, name } of PORTAL_LOCALES) {
    if (!(await locales.findByCode(code))) {
      await locales.create({ code, name });
      strapi.log.info(`[portal] created locale ${code}`);
    }
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
    strapi.log.info(`[portal] default locale set to ${DEFAULT_LOCALE}`);
  }
}
