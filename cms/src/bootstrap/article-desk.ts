import type { Core } from '@strapi/strapi';
import { recordAdminAction, type AdminUser } from './audit-trail';
import { fingerprintOf } from './desk-approval';

/**
 * The desk's hand-off and scheduling state of an article, per locale, in four private fields (never in
 * the public REST / GraphQL answers; the admin reads them):
 *  - `reviewStatus`: null (being written), "ready" (the reporter asks for review) or "changes" (an editor
 *    sent it back) and `reviewNote`, the editor's note the reporter reads in the edit view;
 *  - `scheduledPublishAt` / `scheduledUnpublishAt`: when the scheduler (./scheduler.ts) publishes or
 *    unpublishes that locale.
 * They are written only here, through the admin routes below, which check the roles' permissions
 * (cms/src/bootstrap/desk-roles.ts): whoever may update a draft (a reporter: their own) marks it ready;
 * whoever may publish it (editors) sends it back and schedules it. Content-manager saves never write them
 * (a stale edit form cannot undo a schedule; a reporter cannot schedule by sending the field). They live
 * on the draft row, so scheduling never turns a published article into "modified".
 * Publishing a locale ends its review and its pending publish time; unpublishing ends its unpublish time.
 * A fifth, `approvedFingerprint`, holds the version marked ready / scheduled (./desk-approval.ts): a reporter's
 * later edit makes the review "changed" (`reviewStatus: 'changed'`) and cancels the publish time.
 */
export const ARTICLE = 'api::article.article';
export const DESK_FIELDS = ['reviewStatus', 'reviewNote', 'scheduledPublishAt', 'scheduledUnpublishAt', 'approvedFingerprint'] as const;
const PUBLISH_ACTION = 'plugin::content-manager.explorer.publish';
const NOTE_MAX = 2000;

type Draft = {
  id: number;
  documentId: string;
  locale: string;
  title?: string;
  updatedAt?: string;
  reviewStatus?: 'ready' | 'changes' | 'changed' | null;
  approvedFingerprint?: string | null;
  reviewNote?: string | null;
  scheduledPublishAt?: string | Date | null;
  scheduledUnpublishAt?: string | Date | null;
  createdBy?: { firstname?: string | null; lastname?: string | null } | null;
};
type Ability = { can(action: string, subject: string): boolean };
type Ctx = {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: Record<string, unknown> };
  state: { userAbility?: Ability; user?: AdminUser };
  status: number;
  body: unknown;
};

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

/** Rows of a document for the locales a document-service call names (one code, several, '*', or the default). */
export async function localesOf(strapi: Core.Strapi, locale: unknown): Promise<string[] | undefined> {
  if (locale === '*') return undefined;
  if (Array.isArray(locale)) return locale.map(String);
  if (typeof locale === 'string' && locale) return [locale];
  return [await strapi.plugin('i18n').service('locales').getDefaultLocale()];
}

async function clearFields(strapi: Core.Strapi, documentId: string, locale: unknown, fields: readonly string[]): Promise<void> {
  const locales = await localesOf(strapi, locale);
  await strapi.db.query(ARTICLE).updateMany({
    where: { documentId, ...(locales ? { locale: { $in: locales } } : {}) },
    data: Object.fromEntries(fields.map((f) => [f, null])),
  });
}

export function registerArticleDesk(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ARTICLE) return next();
    const params = context.params as { documentId?: string; locale?: unknown; data?: Record<string, unknown> };
    if ((context.action === 'create' || context.action === 'update') && params.data) {
      for (const field of DESK_FIELDS) delete params.data[field];
      return next();
    }
    if (context.action === 'publish' && params.documentId) {
      // Before the draft is copied: the published version never carries the review or a stale publish time.
      await clearFields(strapi, params.documentId, params.locale, [
        'reviewStatus',
        'reviewNote',
        'scheduledPublishAt',
        'approvedFingerprint',
      ]);
      return next();
    }
    if (context.action === 'unpublish' && params.documentId) {
      const result = await next();
      await clearFields(strapi, params.documentId, params.locale, ['scheduledUnpublishAt']);
      return result;
    }
    if (context.action === 'clone') {
      const result = await next();
      const clone = result as { documentId?: string; entries?: Record<string, unknown>[] } | null;
      if (clone?.documentId) await clearFields(strapi, clone.documentId, '*', DESK_FIELDS);
      // The answer was read before the clearing: it must not carry the source's review either.
      for (const entry of clone?.entries ?? []) for (const field of DESK_FIELDS) delete entry[field];
      return result;
    }
    return next();
  });
  registerDeskRoutes(strapi);
  // Not in the GraphQL schema at all (private fields are left out of the output types only).
  const extension = strapi.plugin('graphql')?.service('extension') as
    { shadowCRUD(uid: string): { field(name: string): { disable(): unknown } } } | undefined;
  for (const field of DESK_FIELDS) extension?.shadowCRUD(ARTICLE).field(field).disable();
}

const refuse = (ctx: Ctx, status: number, vi: string, en: string, path?: string) => {
  ctx.status = status;
  ctx.body = {
    data: null,
    error: {
      status,
      name: status === 403 ? 'ForbiddenError' : status === 404 ? 'NotFoundError' : 'ValidationError',
      message: `${vi} / ${en}`,
      details: path ? { errors: [{ path: [path], message: vi }] } : {},
    },
  };
};

/** The draft of one locale of an article, with what its creator condition needs. */
async function findDraft(strapi: Core.Strapi, documentId: string, locale: string): Promise<Draft | null> {
  return strapi.db.query(ARTICLE).findOne({ where: { documentId, locale, publishedAt: null }, populate: ['createdBy'] });
}

function checker(strapi: Core.Strapi, ctx: Ctx) {
  return strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ctx.state.userAbility, model: ARTICLE }) as {
    can: Record<'read' | 'update' | 'publish', (entity?: unknown) => boolean>;
  };
}

async function deskState(strapi: Core.Strapi, ctx: Ctx, draft: Draft) {
  const can = checker(strapi, ctx).can;
  const published = await strapi.db
    .query(ARTICLE)
    .count({ where: { documentId: draft.documentId, locale: draft.locale, publishedAt: { $notNull: true } } });
  return {
    documentId: draft.documentId,
    locale: draft.locale,
    published: published > 0,
    reviewStatus: draft.reviewStatus ?? null,
    reviewNote: draft.reviewNote ?? null,
    scheduledPublishAt: iso(draft.scheduledPublishAt),
    scheduledUnpublishAt: iso(draft.scheduledUnpublishAt),
    fingerprint: await fingerprintOf(strapi, draft.id),
    canMarkReady: can.update(draft),
    canPublish: can.publish(draft),
  };
}

type Loaded = { draft: Draft; can: ReturnType<typeof checker>['can'] } | null;

async function load(strapi: Core.Strapi, ctx: Ctx): Promise<Loaded> {
  const locale =
    typeof ctx.query.locale === 'string' && ctx.query.locale
      ? ctx.query.locale
      : await strapi.plugin('i18n').service('locales').getDefaultLocale();
  const draft = await findDraft(strapi, ctx.params.documentId, locale);
  const can = checker(strapi, ctx).can;
  if (!draft || !can.read(draft)) {
    refuse(ctx, 404, 'Không tìm thấy bài viết này.', 'This article was not found.');
    return null;
  }
  return { draft, can };
}

/** A date from the form: null to clear, a valid date, or undefined for a value that is not a date. */
function parseDate(value: unknown): Date | null | undefined {
  if (value === null || value === '' || value === undefined) return null;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

async function update(strapi: Core.Strapi, draft: Draft, data: Partial<Record<(typeof DESK_FIELDS)[number], unknown>>): Promise<Draft> {
  await strapi.db.query(ARTICLE).update({ where: { id: draft.id }, data });
  return { ...draft, ...data } as Draft;
}

/** The desk's own actions go to the audit trail too (they write the draft directly, below the document service). */
function audit(
  strapi: Core.Strapi,
  ctx: Ctx,
  draft: Draft,
  action: 'update' | 'schedule',
  details: Record<string, unknown>,
): Promise<void> {
  return recordAdminAction(strapi, ctx.state.user, {
    action,
    subjectType: ARTICLE,
    documentId: draft.documentId,
    title: draft.title ?? null,
    locale: draft.locale,
    details,
  });
}

/**
 * What a schedule stores besides the times: the version the editor approves by scheduling (the saved
 * draft, which must be the one the panel showed when it sends its `fingerprint`); null when the draft
 * changed since the panel read it. Clearing the schedule of a draft nobody marked ready ends the approval.
 */
async function scheduledApproval(
  strapi: Core.Strapi,
  draft: Draft,
  publishAt: Date | null,
  seen: unknown,
): Promise<Partial<Record<(typeof DESK_FIELDS)[number], unknown>> | null> {
  if (!publishAt) return draft.reviewStatus === 'ready' ? {} : { approvedFingerprint: null };
  const current = await fingerprintOf(strapi, draft.id);
  if (typeof seen === 'string' && seen !== current) return null;
  return { approvedFingerprint: current, ...(draft.reviewStatus === 'changed' ? { reviewStatus: null } : {}) };
}

function registerDeskRoutes(strapi: Core.Strapi): void {
  const route = (method: 'GET' | 'POST' | 'PUT', path: string, handler: (ctx: Ctx) => Promise<void>) => ({
    method,
    path,
    handler: (ctx: unknown) => handler(ctx as Ctx),
    config: { policies: ['admin::isAuthenticatedAdmin'] },
    info: { type: 'admin' as const },
  });
  strapi.server.routes({
    type: 'admin',
    prefix: '/admin',
    routes: [
      // The edit view's "Duyệt & lịch đăng" panel.
      route('GET', '/portal-desk/articles/:documentId', async (ctx) => {
        const found = await load(strapi, ctx);
        if (found) ctx.body = { data: await deskState(strapi, ctx, found.draft) };
      }),
      route('POST', '/portal-desk/articles/:documentId/ready', async (ctx) => {
        const found = await load(strapi, ctx);
        if (!found) return;
        if (!found.can.update(found.draft)) return refuse(ctx, 403, 'Bạn không được sửa bài này.', 'You may not edit this article.');
        const draft = await update(strapi, found.draft, {
          reviewStatus: 'ready',
          approvedFingerprint: await fingerprintOf(strapi, found.draft.id),
        });
        await audit(strapi, ctx, draft, 'update', { reviewStatus: 'ready' });
        ctx.body = { data: await deskState(strapi, ctx, draft) };
      }),
      route('POST', '/portal-desk/articles/:documentId/send-back', async (ctx) => {
        const found = await load(strapi, ctx);
        if (!found) return;
        if (!found.can.publish(found.draft))
          return refuse(ctx, 403, 'Chỉ biên tập viên được trả lại bài.', 'Only editors may send an article back.');
        const note = typeof ctx.request.body?.note === 'string' ? ctx.request.body.note.trim() : '';
        if (!note)
          return refuse(
            ctx,
            400,
            'Hãy ghi chú cho phóng viên biết cần sửa gì.',
            'Write a note telling the reporter what to change.',
            'note',
          );
        if (note.length > NOTE_MAX)
          return refuse(ctx, 400, `Ghi chú dài quá ${NOTE_MAX} ký tự.`, `The note is longer than ${NOTE_MAX} characters.`, 'note');
        const draft = await update(strapi, found.draft, { reviewStatus: 'changes', reviewNote: note, approvedFingerprint: null });
        await audit(strapi, ctx, draft, 'update', { reviewStatus: 'changes', reviewNote: note });
        ctx.body = { data: await deskState(strapi, ctx, draft) };
      }),
      route('PUT', '/portal-desk/articles/:documentId/schedule', async (ctx) => {
        const found = await load(strapi, ctx);
        if (!found) return;
        if (!found.can.publish(found.draft))
          return refuse(ctx, 403, 'Chỉ biên tập viên được lên lịch đăng bài.', 'Only editors may schedule an article.');
        const body = ctx.request.body ?? {};
        const publishAt = parseDate(body.publishAt);
        const unpublishAt = parseDate(body.unpublishAt);
        if (publishAt === undefined)
          return refuse(
            ctx,
            400,
            'Thời điểm đăng không phải là ngày giờ hợp lệ.',
            'The publish time is not a valid date and time.',
            'publishAt',
          );
        if (unpublishAt === undefined)
          return refuse(
            ctx,
            400,
            'Thời điểm gỡ bài không phải là ngày giờ hợp lệ.',
            'The unpublish time is not a valid date and time.',
            'unpublishAt',
          );
        const now = Date.now();
        if (publishAt && publishAt.getTime() <= now)
          return refuse(
            ctx,
            400,
            'Thời điểm đăng phải ở tương lai (để đăng ngay, bấm "Publish").',
            'The publish time must be in the future (to publish now, click "Publish").',
            'publishAt',
          );
        if (unpublishAt && unpublishAt.getTime() <= Math.max(now, publishAt?.getTime() ?? 0)) {
          return refuse(
            ctx,
            400,
            'Thời điểm gỡ bài phải ở tương lai và sau thời điểm đăng.',
            'The unpublish time must be in the future and after the publish time.',
            'unpublishAt',
          );
        }
        const approval = await scheduledApproval(strapi, found.draft, publishAt, body.fingerprint);
        if (!approval) {
          return refuse(
            ctx,
            409,
            'Bản nháp vừa được sửa: tải lại trang để đọc bản mới trước khi đặt lịch.',
            'The draft was just edited: reload the page and read the new version before scheduling it.',
            'publishAt',
          );
        }
        const draft = await update(strapi, found.draft, { scheduledPublishAt: publishAt, scheduledUnpublishAt: unpublishAt, ...approval });
        await audit(strapi, ctx, draft, 'schedule', { scheduledPublishAt: iso(publishAt), scheduledUnpublishAt: iso(unpublishAt) });
        ctx.body = { data: await deskState(strapi, ctx, draft) };
      }),
      // Drafts waiting for an editor (and those edited after they were marked ready), oldest first (editors only: whoever may publish articles).
      route('GET', '/portal-desk/review-queue', async (ctx) => {
        if (!ctx.state.userAbility?.can(PUBLISH_ACTION, ARTICLE))
          return refuse(ctx, 403, 'Chỉ biên tập viên xem được danh sách chờ duyệt.', 'Only editors see the review queue.');
        const rows: Draft[] = await strapi.db.query(ARTICLE).findMany({
          where: { publishedAt: null, reviewStatus: { $in: ['ready', 'changed'] } },
          select: ['documentId', 'locale', 'title', 'updatedAt', 'scheduledPublishAt', 'reviewStatus'],
          populate: { createdBy: { select: ['firstname', 'lastname'] } },
          orderBy: [{ updatedAt: 'asc' }],
          limit: 200,
        });
        const can = checker(strapi, ctx).can;
        const results = rows
          .filter((row) => can.publish(row))
          .map((row) => ({
            documentId: row.documentId,
            locale: row.locale,
            title: row.title ?? '',
            updatedAt: iso(row.updatedAt),
            scheduledPublishAt: iso(row.scheduledPublishAt),
            changedSinceReady: row.reviewStatus === 'changed',
            author: [row.createdBy?.firstname, row.createdBy?.lastname].filter(Boolean).join(' ') || null,
          }));
        ctx.body = { data: results, meta: { count: results.length } };
      }),
    ],
  });
}
