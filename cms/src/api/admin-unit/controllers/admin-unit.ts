import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::admin-unit.admin-unit');
