import type { Core } from '@strapi/strapi';
import { PARTNER_CORS, partnerOrigins } from '../src/utils/partner-cors';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // Only the partner origins in CORS_ORIGINS, only on content-API reads; never the admin or writes.
  { name: 'strapi::cors', config: { ...PARTNER_CORS, origin: partnerOrigins(env.array('CORS_ORIGINS', [])) } },
  // No X-Powered-By: the stack is nobody's business (security review).
  'strapi::query',
  // Bounds /graphql request bodies before anything reads them (plugins/partner-feed).
  'plugin::partner-feed.graphql-guard',
  'strapi::body',
  // NUL characters refused with a 400; internal errors answered without their message (src/middlewares).
  'global::safe-input',
  // Only the newsroom's file types into the media library; every upload served so that nothing in it runs (src/middlewares).
  'global::uploads',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
