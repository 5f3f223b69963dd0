import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Offer Vietnamese for the communications desk (English stays available).
    locales: ['vi'],
    // The release check calls GitHub, which closed government networks cannot reach.
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap(_app: StrapiApp) {},
};
