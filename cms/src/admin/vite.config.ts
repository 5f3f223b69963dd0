import path from 'node:path';
import type { Alias, UserConfig } from 'vite';

/**
 * Strapi's promotional banners, replaced at build time by a module that renders nothing
 * (extensions/no-promotion.ts). Strapi's layout imports them by relative path, which is what is matched.
 */
const PROMOTIONS = /^\.\.\/components\/(MediaLibraryBanner|UpsellBanner)\.m?js$/;

/** Strapi calls this with its own Vite configuration when it builds or serves the admin. */
export default function portalAdminVite(config: UserConfig): UserConfig {
  const alias = config.resolve?.alias ?? [];
  const existing: Alias[] = Array.isArray(alias)
    ? (alias as Alias[])
    : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: replacement as string }));
  return {
    ...config,
    resolve: {
      ...config.resolve,
      alias: [{ find: PROMOTIONS, replacement: path.join(__dirname, 'extensions', 'no-promotion.ts') }, ...existing],
    },
  };
}
