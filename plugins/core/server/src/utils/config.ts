import type { Core } from '@strapi/strapi';
import { configSchema, type CoreConfig } from '../config';

/** The validated configuration (Strapi merged the defaults and ran the validator at load). */
export function getConfig(strapi: Core.Strapi): CoreConfig {
  return configSchema.parse(strapi.config.get('plugin::portal-core'));
}
