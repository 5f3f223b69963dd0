import type { Core } from '@strapi/strapi';
import { preparePortalEnv } from '../src/utils/env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  preparePortalEnv();
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    // Behind nginx: the client address comes from X-Forwarded-For (rate limits are per client IP).
    // Only the last PROXY_HOPS entries are trusted, so a client cannot pick its address by sending one.
    proxy: { koa: env.bool('IS_PROXIED', false), maxIpsCount: env.int('PROXY_HOPS', 1) },
    app: { keys: env.array('APP_KEYS')! },
    webhooks: { populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false) },
    // Strapi's update check calls an outside host; portals often run on closed networks.
    // (Also disabled by STRAPI_TELEMETRY_DISABLED in .env.example.)
  };
};

export default config;
