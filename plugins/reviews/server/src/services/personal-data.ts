/**
 * What the reviews plugin stores about people, for the core's personal-data service (Law 91/2025):
 * the daily purge blanks commenters' e-mails and visitor codes past their retention (the comments stay),
 * and the IT team's tool finds, exports and erases one person's comments data by e-mail.
 */
import type { Knex } from 'knex';
import type { PersonalDataOwner } from '@portal/strapi-plugin-core/types';
import { T } from '../db/schema';

/** A visitor code that no longer names anyone (ratings keep one row per code and article). */
const PURGED = 'purged';

export function reviewsPersonalData(knex: Knex): PersonalDataOwner {
  return {
    async purge(cutoffs) {
      const emails = await knex(T.comments)
        .whereNotNull('email')
        .andWhere('created_at', '<', cutoffs.commentEmail.getTime())
        .update({ email: null });
      const commentHashes = await knex(T.comments)
        .whereNot('visitor_hash', PURGED)
        .andWhere('created_at', '<', cutoffs.commentVisitorHash.getTime())
        .update({ visitor_hash: PURGED });
      const ratingHashes = await knex(T.ratings)
        .whereNot('visitor_hash', 'like', `${PURGED}-%`)
        .andWhere('updated_at', '<', cutoffs.commentVisitorHash.getTime())
        .update({ visitor_hash: knex.raw(`? || id`, [`${PURGED}-`]) });
      const reports = await knex(T.reports).where('created_at', '<', cutoffs.commentVisitorHash.getTime()).delete();
      return { commentEmails: emails, commentVisitorHashes: commentHashes, ratingVisitorHashes: ratingHashes, reports };
    },
    async find(email) {
      const rows = await knex(T.comments)
        .where({ email })
        .orderBy('id')
        .select(
          'id',
          'article_document_id',
          'locale',
          'author_name',
          'email',
          'body',
          'status',
          'consent_at',
          'consent_version',
          'created_at',
        );
      return {
        comments: rows.map((r) => ({
          id: Number(r.id),
          article: r.article_document_id,
          locale: r.locale,
          authorName: r.author_name,
          email: r.email,
          text: r.body,
          status: r.status,
          consentAt: r.consent_at === null ? null : new Date(Number(r.consent_at)).toISOString(),
          consentVersion: r.consent_version,
          createdAt: new Date(Number(r.created_at)).toISOString(),
        })),
      };
    },
    async erase(email) {
      // The comment stays (it is public speech about an article); who wrote it does not.
      const comments = await knex(T.comments)
        .where({ email })
        .update({ email: null, author_name: 'Ẩn danh', visitor_hash: PURGED, updated_at: Date.now() });
      return { comments };
    },
  };
}
