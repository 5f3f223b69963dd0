import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::map-layer.map-layer');
