/**
 * npm run seed [-- --if-empty] [-- --articles N] [-- --reset-passwords]
 *
 * Loads the real Strapi app (same database settings as `strapi start`) and writes the demo portal:
 * staff accounts, categories, organisation units, website links, settings and news in vi and en, and the
 * sites of the province, its communes and wards, and the former district's archive.
 * Running it twice creates nothing twice. `--articles N` tops the synthetic set up to N articles.
 */
import { parseArgs } from 'node:util';
import { printAccounts, seedAccounts } from './seed/accounts';
import { seedAdminMap } from './seed/admin-map';
import { seedDemo } from './seed/demo';
import { seedDocuments } from './seed/documents';
import { seedDossierFigures } from './seed/dossiers';
import { seedSites } from './seed/sites';
import { seedSynthetic } from './seed/synthetic';
import { seedDemoReviews } from './seed/reviews';
import { withStrapi } from './with-strapi';

const { values: args } = parseArgs({
  options: {
    'if-empty': { type: 'boolean', default: false },
    'reset-passwords': { type: 'boolean', default: false },
    articles: { type: 'string' },
  },
});

async function main(): Promise<void> {
  const synthetic = args.articles === undefined ? 0 : Number(args.articles);
  if (!Number.isInteger(synthetic) || synthetic < 0 || synthetic > 1_000_000) {
    process.stderr.write(`--articles expects a whole number between 0 and 1000000, got "${args.articles}"\n`);
    process.exit(2);
  }
  const started = Date.now();
  process.env.LOG_LEVEL ??= 'warn';
  // Thousands of publishes would each ping the web portal; the start script builds it afterwards.
  process.env.WEB_URL = '';
  // The search plugin's embedded index lives in the server; this process only writes.
  process.env.SEARCH_EMBEDDED_BUILD = 'lazy';
  await withStrapi(async (strapi) => {
    const articleCount = await strapi.db.query('api::article.article').count();
    const accounts = await seedAccounts(strapi, { resetPasswords: args['reset-passwords'] });
    if (args['if-empty'] && articleCount > 0) {
      process.stdout.write(`Database already has content (${articleCount} article rows): demo seed skipped.\n`);
    } else {
      let n = 0;
      const step = (label: string) => process.stdout.write(`[seed ${++n}/11] ${label}\n`);
      const refs = await seedDemo(strapi, step);
      step('administrative units and map layers of Hà Tĩnh (cms/data)');
      await seedAdminMap(strapi);
      step('sites: the province, its communes and wards of 2025-07-01, the former district as an archive');
      await seedSites(strapi);
      step('official documents register');
      await seedDocuments(strapi);
      step('dossier-processing figures (2019)');
      await seedDossierFigures(strapi);
      step('visit statistics continue from the earlier counter (137,814)');
      const counterSettings = { type: 'plugin', name: 'visit-counter', key: 'settings' } as const;
      if (!(await strapi.store.get(counterSettings))) await strapi.store.set({ ...counterSettings, value: { startingTotal: 137_814 } });
      step('demo ratings and comments');
      await seedDemoReviews(strapi);
      if (synthetic > 0) {
        const leafCategories = ['reform', 'legal', 'government', 'notices'].map((k) => refs.categories[k]!);
        await seedSynthetic(strapi, synthetic, { categories: leafCategories, units: Object.values(refs.units) });
      }
    }
    const counts = await Promise.all(
      [
        'api::article.article',
        'api::category.category',
        'api::organization-unit.organization-unit',
        'api::website-link.website-link',
        'api::admin-unit.admin-unit',
        'api::map-layer.map-layer',
        'api::official-document.official-document',
        'api::dossier-statistic.dossier-statistic',
      ].map(async (uid) => `${uid.split('.')[1]}: ${await strapi.db.query(uid as never).count()}`),
    );
    counts.push(`sites: ${await strapi.db.query('plugin::portal-core.site' as never).count()}`);
    process.stdout.write(`Seed done in ${((Date.now() - started) / 1000).toFixed(1)} s (rows — ${counts.join(', ')}).\n`);
    printAccounts(accounts, `${strapi.config.get('server.url') || `http://localhost:${strapi.config.get('server.port')}`}/admin`);
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`Seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error && typeof error === 'object' && 'details' in error)
      process.stderr.write(`${JSON.stringify((error as { details: unknown }).details)}\n`);
    process.exit(1);
  },
);
