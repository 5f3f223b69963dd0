/**
 * npm run seed:bulk -w cms -- --articles N
 *
 * For benchmarks only, never for a portal people use: writes N published Vietnamese articles straight
 * into the database with batched INSERTs (knex), bypassing the document service — no lifecycles, no
 * search indexing, no revalidation calls, no media. 100,000 articles take well under a minute on
 * SQLite, where `npm run seed -- --articles N` (one document-service create each) would take hours.
 * Each article is stored as Strapi 5 stores a published document: a draft row and a published row
 * with the same document id, both linked to a category. Run it after the demo seed (it needs the
 * demo's categories); slugs are `hang-loat-000001`…, so it never collides with the demo or `seed`.
 */
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { syntheticArticle } from './seed/synthetic';
import { withStrapi } from './with-strapi';

export const BULK_PREFIX = 'hang-loat';
const ARTICLE = 'api::article.article';
const BATCH = 500;
/** Rows per INSERT statement (SQLite allows at most 500 terms in the compound SELECT knex writes). */
const ROWS_PER_INSERT = 100;

const { values: args } = parseArgs({ options: { articles: { type: 'string' } } });

type JoinTable = {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
};
type Attribute = { columnName?: string; joinTable?: JoinTable };

/** A document id shaped like Strapi's (24 lowercase letters and digits). */
const documentId = () => {
  const bytes = crypto.randomBytes(24);
  return Array.from(bytes, (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
};

async function main(): Promise<void> {
  const total = Number(args.articles);
  if (!Number.isInteger(total) || total < 1 || total > 1_000_000) {
    process.stderr.write(`--articles expects a whole number between 1 and 1000000, got "${args.articles ?? ''}"\n`);
    process.exit(2);
  }
  const started = Date.now();
  process.env.WEB_URL = '';
  process.env.SEARCH_EMBEDDED_BUILD = 'lazy';
  await withStrapi(async (strapi) => {
    const meta = strapi.db.metadata.get(ARTICLE) as unknown as { tableName: string; attributes: Record<string, Attribute> };
    const column = (name: string) => meta.attributes[name]?.columnName ?? name;
    const link = meta.attributes.category?.joinTable;
    if (!link) throw new Error('the article → category link table is missing');
    const knex = strapi.db.connection;
    // Strapi keeps SQLite dates as epoch milliseconds and booleans as 0/1.
    const sqlite = (strapi.db.dialect as unknown as { client: string }).client === 'sqlite';
    const date = (d: Date) => (sqlite ? d.getTime() : d);
    const categories = (await knex(strapi.db.metadata.get('api::category.category').tableName)
      .select('id')
      .where('locale', 'vi')
      .orderBy('id')) as Array<{ id: number }>;
    if (!categories.length) throw new Error('no categories: run `npm run seed` first');
    const existing = Number(
      (
        (await knex(meta.tableName)
          .count({ n: '*' })
          .where(column('slug'), 'like', `${BULK_PREFIX}-%`)
          .whereNotNull(column('publishedAt'))) as Array<{ n: number | string }>
      )[0]?.n ?? 0,
    );
    process.stdout.write(`Bulk articles: ${existing} present, adding ${Math.max(0, total - existing)}.\n`);
    for (let from = existing + 1; from <= total; from += BATCH) {
      const to = Math.min(total, from + BATCH - 1);
      await knex.transaction(async (trx) => {
        const rows: Array<Record<string, unknown>> = [];
        for (let n = from; n <= to; n += 1) {
          const a = syntheticArticle(n, BULK_PREFIX);
          const docId = documentId();
          const when = new Date(a.publicationDate);
          for (const published of [false, true]) {
            rows.push({
              [column('documentId')]: docId,
              [column('title')]: a.title,
              [column('slug')]: a.slug,
              [column('summary')]: a.summary,
              [column('body')]: JSON.stringify(a.body),
              [column('byline')]: a.byline,
              [column('featured')]: sqlite ? Number(a.featured) : a.featured,
              [column('publicationDate')]: date(when),
              [column('locale')]: 'vi',
              [column('createdAt')]: date(when),
              [column('updatedAt')]: date(when),
              [column('publishedAt')]: published ? date(when) : null,
            });
          }
        }
        const allIds: number[] = [];
        for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
          const inserted = (await trx(meta.tableName).insert(rows.slice(i, i + ROWS_PER_INSERT), ['id'])) as Array<{ id: number } | number>;
          allIds.push(...inserted.map((row) => (typeof row === 'object' ? row.id : row)));
        }
        if (allIds.length !== rows.length) throw new Error(`expected ${rows.length} new ids, the database returned ${allIds.length}`);
        const links = allIds.map((id, i) => ({
          [link.joinColumn.name]: id,
          [link.inverseJoinColumn.name]: categories[Math.floor(i / 2 + from) % categories.length]!.id,
          ...(link.inverseOrderColumnName ? { [link.inverseOrderColumnName]: 1 } : {}),
        }));
        for (let i = 0; i < links.length; i += ROWS_PER_INSERT) await trx(link.name).insert(links.slice(i, i + ROWS_PER_INSERT));
      });
      if (to % 10_000 === 0 || to === total) process.stdout.write(`  ${to}/${total}\n`);
    }
  });
  process.stdout.write(`Bulk seed done in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // Not the statement (it holds hundreds of rows): its first characters and the database's reason.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Bulk seed failed: ${message.length > 400 ? `${message.slice(0, 200)} … ${message.slice(-200)}` : message}\n`);
    process.exit(1);
  },
);
