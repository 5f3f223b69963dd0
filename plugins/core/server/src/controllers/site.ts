import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { pickLanguage } from '../../../shared/index.js';
import { PUBLIC_STATES, publicSite } from '../services/sites';
import { getService } from '../utils/get-service';
import { MESSAGES } from '../utils/messages';

type Ctx = {
  query: Record<string, unknown>;
  request: { host: string };
  get(name: string): string;
  set(name: string, value: string): void;
  body: unknown;
};

/**
 * GET /api/portal-core/site[?host=camxuyen.localhost]: the public face of the site answering on a host
 * (the request's own Host when `host` is absent; Node's fetch cannot set Host, so callers may name it).
 * Public, no token: the web asks it for every host it is opened on. A host no site answers on, or a
 * site that is not live (nor an archive), is a 404 in the caller's language and is never cached.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  find(ctx: Ctx) {
    const host = typeof ctx.query.host === 'string' ? ctx.query.host : ctx.request.host;
    const site = getService(strapi, 'sites').resolve(host);
    if (!site || !PUBLIC_STATES.includes(site.state)) {
      ctx.set('Cache-Control', 'no-store');
      const lang = pickLanguage(ctx.query.locale, ctx.get('accept-language'));
      throw new errors.NotFoundError(MESSAGES.text(lang, 'noSiteHere'));
    }
    ctx.set('Cache-Control', 'public, max-age=30');
    ctx.body = { data: publicSite(site) };
  },
});
