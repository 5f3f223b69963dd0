import type { Core } from '@strapi/strapi';
import demo from './demo';
import { createReviews } from './reviews';

/** The plugin's services. Strapi instantiates each factory once per instance, on first use (`getService`). */
export default {
  reviews: ({ strapi }: { strapi: Core.Strapi }) => createReviews(strapi),
  demo,
};
