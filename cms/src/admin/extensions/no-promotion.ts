/**
 * Stands in for Strapi's promotional banners (vite.config.ts aliases them here): staff of a commune's
 * portal are not shown "Introducing the new Media Library", links to Strapi's blog and docs, or upgrade
 * offers. Strapi's admin imports each banner by name, so this module exports the same names.
 */
export const MediaLibraryBanner = () => null;
export const UpsellBanner = () => null;
