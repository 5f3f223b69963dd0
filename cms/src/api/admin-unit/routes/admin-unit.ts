import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::admin-unit.admin-unit');
