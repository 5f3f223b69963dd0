/**
 * Comments: submission (with the bad-word rule and moderation default), the public listing
 * (approved only, one level of replies), citizens' reports, and the moderators' actions.
 */
import type { Knex } from 'knex';
import { T } from '../db/schema';
import type { BadWordMatcher } from '../utils/bad-words';
import { ReviewsError } from '../utils/errors';
import type { CommentInput, Locale } from '../utils/validation';

export const STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;
export type CommentStatus = (typeof STATUSES)[number];

/** What the public sees of a comment: no e-mail, no visitor hash, no moderation data. */
export interface PublicComment {
  id: number;
  parentId: number | null;
  authorName: string;
  text: string;
  createdAt: string;
  replies: PublicComment[];
}

export interface ModerationComment {
  id: number;
  article: string;
  locale: string;
  parentId: number | null;
  authorName: string;
  email: string | null;
  text: string;
  status: CommentStatus;
  reportCount: number;
  createdAt: string;
}

interface Row {
  id: number;
  article_document_id: string;
  locale: string;
  parent_id: number | null;
  author_name: string;
  email: string | null;
  body: string;
  status: CommentStatus;
  report_count: number | string;
  created_at: number | string;
}

const iso = (ms: number | string) => new Date(Number(ms)).toISOString();
const toPublic = (r: Row): PublicComment => ({
  id: Number(r.id),
  parentId: r.parent_id === null ? null : Number(r.parent_id),
  authorName: r.author_name,
  text: r.body,
  createdAt: iso(r.created_at),
  replies: [],
});
const toModeration = (r: Row): ModerationComment => ({
  id: Number(r.id),
  article: r.article_document_id,
  locale: r.locale,
  parentId: r.parent_id === null ? null : Number(r.parent_id),
  authorName: r.author_name,
  email: r.email,
  text: r.body,
  status: r.status,
  reportCount: Number(r.report_count),
  createdAt: iso(r.created_at),
});

export interface CommentOptions {
  autoApprove: boolean;
  badWordAction: 'reject' | 'hold';
  reportThreshold: number;
}

/** `noticeVersion`: the privacy notice in force, stamped on each comment with the time of consent. */
export function createCommentService(knex: Knex, badWords: BadWordMatcher, options: CommentOptions, noticeVersion: () => string) {
  return {
    async submit(input: CommentInput, visitorHash: string): Promise<{ id: number; status: CommentStatus }> {
      if (input.parentId !== null) {
        const parent = await knex(T.comments).where({ id: input.parentId }).first('article_document_id', 'locale', 'parent_id', 'status');
        // One level of replies, to a public comment of the same article.
        if (
          !parent ||
          parent.parent_id !== null ||
          parent.status !== 'approved' ||
          parent.article_document_id !== input.article ||
          parent.locale !== input.locale
        ) {
          throw new ReviewsError('parentInvalid');
        }
      }
      let status: CommentStatus = options.autoApprove ? 'approved' : 'pending';
      if (badWords.find(`${input.authorName}\n${input.text}`)) {
        if (options.badWordAction === 'reject') throw new ReviewsError('badWords');
        status = 'pending';
      }
      const now = Date.now();
      const [row] = await knex(T.comments)
        .insert({
          article_document_id: input.article,
          locale: input.locale,
          parent_id: input.parentId,
          author_name: input.authorName,
          email: input.email,
          body: input.text,
          status,
          visitor_hash: visitorHash,
          report_count: 0,
          consent_at: input.consentAt,
          consent_version: noticeVersion(),
          created_at: now,
          updated_at: now,
        })
        .returning('id');
      return { id: Number(typeof row === 'object' ? row.id : row), status };
    },

    /** Approved top-level comments, newest first, each with its approved replies (oldest first). */
    async listPublic(article: string, locale: Locale, page: number, pageSize: number) {
      const where = { article_document_id: article, locale, status: 'approved', parent_id: null };
      const [countRow] = await knex(T.comments).where(where).count({ n: '*' });
      const total = Number(countRow?.n ?? 0);
      const rows: Row[] = await knex(T.comments)
        .where(where)
        .orderBy([
          { column: 'created_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const comments = rows.map(toPublic);
      if (comments.length) {
        const replies: Row[] = await knex(T.comments)
          .whereIn(
            'parent_id',
            comments.map((c) => c.id),
          )
          .andWhere({ status: 'approved' })
          .orderBy([
            { column: 'created_at', order: 'asc' },
            { column: 'id', order: 'asc' },
          ]);
        const byId = new Map(comments.map((c) => [c.id, c]));
        for (const reply of replies) byId.get(Number(reply.parent_id))?.replies.push(toPublic(reply));
      }
      return { comments, pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } };
    },

    /**
     * A citizen reports a comment. Each reporter (hashed IP) counts once; at the threshold an approved
     * comment goes back to pending, hidden until a moderator looks at it again.
     */
    async report(id: number, reporterHash: string): Promise<{ hidden: boolean }> {
      return knex.transaction(async (trx) => {
        const comment = await trx(T.comments).where({ id }).first('id', 'status', 'report_count');
        if (!comment || comment.status !== 'approved') throw new ReviewsError('commentNotFound', 404);
        const inserted = await trx(T.reports)
          .insert({ comment_id: id, reporter_hash: reporterHash, created_at: Date.now() })
          .onConflict(['comment_id', 'reporter_hash'])
          .ignore()
          .returning('comment_id');
        if (inserted.length === 0) return { hidden: false };
        await trx(T.comments)
          .where({ id })
          .update({ report_count: trx.raw('?? + 1', ['report_count']), updated_at: Date.now() });
        const hidden = await trx(T.comments)
          .where({ id })
          .andWhere('report_count', '>=', options.reportThreshold)
          .update({ status: 'pending' });
        return { hidden: Number(hidden) > 0 };
      });
    },

    // ---- moderation ----

    async list(filter: { status?: CommentStatus; page: number; pageSize: number; reported?: boolean }) {
      const base = () => {
        const q = knex(T.comments);
        if (filter.status) q.where({ status: filter.status });
        if (filter.reported) q.where('report_count', '>', 0);
        return q;
      };
      const [countRow] = await base().count({ n: '*' });
      const total = Number(countRow?.n ?? 0);
      const rows: Row[] = await base()
        .orderBy([
          { column: 'created_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize);
      return {
        comments: rows.map(toModeration),
        pagination: { page: filter.page, pageSize: filter.pageSize, total, pageCount: Math.ceil(total / filter.pageSize) },
      };
    },

    async counts(): Promise<Record<CommentStatus, number>> {
      const rows = await knex(T.comments).select('status').count({ n: '*' }).groupBy('status');
      const out = { pending: 0, approved: 0, rejected: 0, spam: 0 };
      for (const r of rows as Array<{ status: CommentStatus; n: number | string }>) if (r.status in out) out[r.status] = Number(r.n);
      return out;
    },

    /** Set the status of comments; approving clears their reports. Returns how many changed. */
    async setStatus(ids: number[], status: CommentStatus): Promise<number> {
      return knex.transaction(async (trx) => {
        const changes: Record<string, unknown> = { status, updated_at: Date.now() };
        if (status === 'approved') {
          changes.report_count = 0;
          await trx(T.reports).whereIn('comment_id', ids).delete();
        }
        return Number(await trx(T.comments).whereIn('id', ids).update(changes));
      });
    },

    /** Delete comments with their replies and reports. */
    async remove(ids: number[]): Promise<number> {
      return knex.transaction(async (trx) => {
        const replies = (await trx(T.comments).whereIn('parent_id', ids).pluck('id')).map(Number);
        const all = [...new Set([...ids, ...replies])];
        await trx(T.reports).whereIn('comment_id', all).delete();
        return Number(await trx(T.comments).whereIn('id', ids).orWhereIn('id', replies).delete());
      });
    },
  };
}

export type CommentService = ReturnType<typeof createCommentService>;
