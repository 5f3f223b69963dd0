import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::admin-unit.admin-unit');
