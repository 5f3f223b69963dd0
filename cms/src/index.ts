import type { Core } from '@strapi/strapi';
import { ensureLocales } from './bootstrap/locales';
import { syncPublicAccess } from './bootstrap/public-access';
import { syncDeskRoles } from './bootstrap/desk-roles';
import { registerPublishedOnly } from './bootstrap/published-only';
import { registerPublishedOnlyQueries } from './bootstrap/published-only-queries';
import { registerGraphqlGuard } from './bootstrap/graphql-guard';
import { registerWebRevalidation } from './bootstrap/revalidate-web';
import { registerGeoJsonValidation } from './bootstrap/validate-geojson';
import { registerDossierImportRoute } from './bootstrap/dossier-import-route';
import { backfillPublicationDates, registerPublicationDate } from './bootstrap/publication-date';
import { registerUniqueSlugs } from './bootstrap/unique-slugs';
import { registerArticleDesk } from './bootstrap/article-desk';
import { registerDeskApproval } from './bootstrap/desk-approval';
import { registerDeskAccess } from './bootstrap/desk-access';
import { startScheduler } from './bootstrap/scheduler';

import { bootstrapAuditTrail, destroyAuditTrail, registerAuditTrail } from './bootstrap/audit-trail';
import { bootstrapPersonalData, registerPersonalData } from './bootstrap/personal-data';
import { registerAuditRecorders } from './bootstrap/audit-recorders';
import { registerEvenLoginTiming } from './bootstrap/login-timing';
import { syncFieldHints } from './bootstrap/admin-labels';
import { removeMarketplace } from './bootstrap/no-marketplace';
import { registerUploadTypes } from './bootstrap/upload-types';
import { registerBodyImages } from './bootstrap/body-images';
import { registerDeviceLogout } from './bootstrap/device-logout';

/** Per Strapi instance: stops its scheduled-publishing ticks when it shuts down. */
const stopSchedulers = new WeakMap<Core.Strapi, () => Promise<void>>();

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    registerPublishedOnly(strapi);
    registerGraphqlGuard(strapi);
    registerWebRevalidation(strapi);
    registerGeoJsonValidation(strapi);
    registerDossierImportRoute(strapi);
    registerDeskApproval(strapi); // before the publication date: it checks the draft as the editor approved it
    registerDeskAccess(strapi);
    registerPublicationDate(strapi);
    registerUniqueSlugs(strapi);
    registerArticleDesk(strapi);
    registerBodyImages(strapi);
    await registerAuditTrail(strapi);
    registerPersonalData(strapi);
    registerAuditRecorders(strapi);
    registerDeviceLogout(strapi); // here, not in bootstrap: the admin's routes bind their controllers before it
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerPublishedOnlyQueries(strapi);
    await ensureLocales(strapi);
    await syncPublicAccess(strapi);
    await syncDeskRoles(strapi);
    await bootstrapAuditTrail(strapi);
    bootstrapPersonalData(strapi);
    await registerEvenLoginTiming(strapi);
    await backfillPublicationDates(strapi);
    await syncFieldHints(strapi);
    await removeMarketplace(strapi);
    registerUploadTypes(strapi);
    stopSchedulers.set(strapi, startScheduler(strapi));
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopSchedulers.get(strapi)?.();
    await destroyAuditTrail(strapi);
  },
};
