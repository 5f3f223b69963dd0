import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::map-layer.map-layer');
