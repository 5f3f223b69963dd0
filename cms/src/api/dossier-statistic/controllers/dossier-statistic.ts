import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::dossier-statistic.dossier-statistic');
