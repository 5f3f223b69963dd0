import type { Core } from '@strapi/strapi';
import type services from '../services';

type Services = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

/** A service of this plugin, typed. */
export const getService = <K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] =>
  strapi.plugin('reviews').service<Services[K]>(name);
