import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::map-layer.map-layer');
