/**
 * Star ratings. Each vote and the article's aggregate row (count, sum, 1–5 histogram) change in one
 * transaction, the aggregate row locked first, so concurrent votes serialise per article and the
 * figures stay exact; reads take one row and never scan the ratings.
 */
import type { Knex } from 'knex';
import { T } from '../db/schema';
import { average, bayesianAverage, emptyTotals, type RatingTotals } from '../utils/rating-math';
import type { Locale } from '../utils/validation';

export interface RatingSummary {
  count: number;
  average: number;
  bayesianAverage: number;
  /** Votes for 1, 2, 3, 4 and 5 stars. */
  histogram: number[];
}

type TotalsRow = {
  count: number | string;
  sum: number | string;
  s1: number | string;
  s2: number | string;
  s3: number | string;
  s4: number | string;
  s5: number | string;
};

const toTotals = (row: TotalsRow | undefined): RatingTotals =>
  row
    ? {
        count: Number(row.count),
        sum: Number(row.sum),
        histogram: [Number(row.s1), Number(row.s2), Number(row.s3), Number(row.s4), Number(row.s5)],
      }
    : emptyTotals();

export function createRatingService(knex: Knex, options: { priorWeight: number }) {
  const client = knex.client.config.client as string;
  const postgres = /^(pg|postgres)/.test(client);
  let prior: { mean: number; at: number } | null = null;

  /** Site-wide mean of all votes (one row per article), cached for a minute. */
  async function priorMean(): Promise<number> {
    if (prior && Date.now() - prior.at < 60_000) return prior.mean;
    const row = (await knex(T.totals).sum({ sum: 'sum', count: 'count' }).first()) as { sum: unknown; count: unknown } | undefined;
    const count = Number(row?.count ?? 0);
    prior = { mean: count ? Number(row?.sum ?? 0) / count : 3, at: Date.now() };
    return prior.mean;
  }

  const summarise = async (t: RatingTotals): Promise<RatingSummary> => ({
    count: t.count,
    average: average(t),
    bayesianAverage: bayesianAverage(t, await priorMean(), options.priorWeight),
    histogram: [...t.histogram],
  });

  async function totals(article: string, locale: Locale, db: Knex | Knex.Transaction = knex): Promise<RatingTotals> {
    return toTotals(await db(T.totals).where({ article_document_id: article, locale }).first());
  }

  return {
    async summary(article: string, locale: Locale): Promise<RatingSummary> {
      return summarise(await totals(article, locale));
    },

    /** The visitor's own stars for an article (shown in their widget), or null; `former` is their identity before the cookie. */
    async mine(article: string, locale: Locale, visitorHash: string, former?: string): Promise<number | null> {
      const row = await knex(T.ratings)
        .where({ article_document_id: article, locale })
        .whereIn('visitor_hash', former ? [visitorHash, former] : [visitorHash])
        .orderByRaw('CASE WHEN visitor_hash = ? THEN 0 ELSE 1 END', [visitorHash])
        .first('stars');
      return row ? Number(row.stars) : null;
    },

    /** Record a visitor's vote (replacing their earlier one) and return the new summary. */
    async vote(article: string, locale: Locale, visitorHash: string, stars: number, former?: string): Promise<RatingSummary> {
      const now = Date.now();
      const after = await knex.transaction(async (trx) => {
        const key = { article_document_id: article, locale };
        await trx(T.totals)
          .insert({ ...key, count: 0, sum: 0, s1: 0, s2: 0, s3: 0, s4: 0, s5: 0, updated_at: now })
          .onConflict(['article_document_id', 'locale'])
          .ignore();
        // Lock the article's aggregate row: votes on one article now run one after another.
        const lockQuery = trx(T.totals).where(key).first();
        if (postgres) lockQuery.forUpdate();
        await lockQuery;
        // The vote cast before the cookie existed is the same person's: it is replaced (and keyed to the cookie).
        const previous = await trx(T.ratings)
          .where(key)
          .whereIn('visitor_hash', former ? [visitorHash, former] : [visitorHash])
          .orderByRaw('CASE WHEN visitor_hash = ? THEN 0 ELSE 1 END', [visitorHash])
          .first('id', 'stars');
        if (previous && Number(previous.stars) === stars) return totals(article, locale, trx);
        const changes: Record<string, Knex.Raw | number> = { updated_at: now, [`s${stars}`]: trx.raw('?? + 1', [`s${stars}`]) };
        if (previous) {
          const old = Number(previous.stars);
          changes.sum = trx.raw('?? + ?', ['sum', stars - old]);
          changes[`s${old}`] = trx.raw('?? - 1', [`s${old}`]);
          await trx(T.ratings).where({ id: previous.id }).update({ stars, visitor_hash: visitorHash, updated_at: now });
        } else {
          changes.count = trx.raw('?? + 1', ['count']);
          changes.sum = trx.raw('?? + ?', ['sum', stars]);
          await trx(T.ratings).insert({ ...key, visitor_hash: visitorHash, stars, created_at: now, updated_at: now });
        }
        await trx(T.totals).where(key).update(changes);
        return totals(article, locale, trx);
      });
      return summarise(after);
    },

    /** Articles of a locale by Bayesian average (for "top rated" lists); reads the aggregate table only. */
    async top(locale: Locale, limit: number): Promise<Array<{ article: string } & RatingSummary>> {
      const mean = await priorMean();
      const w = options.priorWeight;
      const rows = await knex(T.totals)
        .where({ locale })
        .andWhere('count', '>', 0)
        .select('*')
        .orderByRaw('(CAST(? AS double precision) + ??) / (CAST(? AS double precision) + ??) desc', [w * mean, 'sum', w, 'count'])
        .limit(limit);
      return Promise.all(
        rows.map(async (row: TotalsRow & { article_document_id: string }) => ({
          article: row.article_document_id,
          ...(await summarise(toTotals(row))),
        })),
      );
    },
  };
}

export type RatingService = ReturnType<typeof createRatingService>;
