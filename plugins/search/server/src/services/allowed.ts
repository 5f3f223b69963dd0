/** Locales and types a search may ask for (locales cached for a minute: they change rarely). */
import type { Core } from '@strapi/strapi';
import type { Allowed } from '../validation/search-query';
import type { Indexer } from './indexer';

const TTL_MS = 60_000;

export function createAllowed(strapi: Core.Strapi, indexer: Indexer) {
  let cached: { at: number; value: Allowed } | null = null;
  return async (): Promise<Allowed> => {
    if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
    const locales = await indexer.locales();
    const i18n = strapi.plugin('i18n')?.service('locales') as { getDefaultLocale?: () => Promise<string> } | undefined;
    const defaultLocale = (await i18n?.getDefaultLocale?.()) ?? locales[0] ?? 'vi';
    cached = { at: Date.now(), value: { locales, defaultLocale, types: indexer.sources.map((s) => s.type) } };
    return cached.value;
  };
}
