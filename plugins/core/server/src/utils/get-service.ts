import type { Core } from '@strapi/strapi';
import type { CoreServices } from '../types';

export const getService = <K extends keyof CoreServices>(strapi: Core.Strapi, name: K): CoreServices[K] =>
  strapi.plugin('portal-core').service<CoreServices[K]>(name);
