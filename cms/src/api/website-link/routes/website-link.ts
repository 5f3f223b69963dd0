import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::website-link.website-link');
