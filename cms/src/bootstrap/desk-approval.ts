import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { recordAdminAction, type AdminUser } from './audit-trail';
import { ARTICLE, DESK_FIELDS, localesOf } from './article-desk';

/**
 * The text an editor approved is the text that goes out. When a draft is marked ready, and when an editor
 * schedules it, the desk stores a fingerprint of its content (`approvedFingerprint`: a hash of every
 * content field of that locale's draft, the fields shared between locales included). Then:
 *  - a content save by someone who may not publish (a reporter) that changes a ready or scheduled draft
 *    (in any locale: shared fields change every locale's draft) returns it to the reporter's side as
 *    "changed" (`reviewStatus: 'changed'`), cancels its publish time and is recorded in the audit trail;
 *    an editor's own save is approved with it (the fingerprint follows);
 *  - publishing that does not show the editor the text — the scheduler, the list view's bulk Publish —
 *    refuses a draft that is "changed" or differs from its fingerprint, with a Vietnamese message. The
 *    edit view's Publish (the editor reads the text there) is not held back.
 */
const PUBLISH_ACTION = 'plugin::content-manager.explorer.publish';
const META = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

type Row = {
  id: number;
  documentId: string;
  locale: string;
  title?: string | null;
  reviewStatus?: string | null;
  scheduledPublishAt?: string | Date | null;
  approvedFingerprint?: string | null;
};
type RequestCtx = { request?: { path?: string }; state?: { userAbility?: { can(a: string, s: string): boolean }; user?: AdminUser } };

/** Raised when a publish would put out text nobody approved (the scheduler hands the entry back). */
export class NotApprovedError extends errors.ApplicationError {
  constructor(title: string | null | undefined) {
    const name = title ? `“${title}”` : 'này';
    super(
      `Bài ${name} đã bị sửa sau khi được duyệt: mở bài, đọc bản mới rồi duyệt lại trước khi đăng. / ` +
        `The article ${title ? `“${title}” ` : ''}was edited after it was approved: open it, read the new text and approve it again before publishing.`,
    );
  }
}

const skipped = () => new Set<string>([...META, ...DESK_FIELDS]);

function populateOf(strapi: Core.Strapi): Record<string, unknown> {
  const model = strapi.getModel(ARTICLE as never) as { attributes: Record<string, { type: string }> };
  const skip = skipped();
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(model.attributes)) {
    if (skip.has(name)) continue;
    if (attribute.type === 'relation' || attribute.type === 'media') populate[name] = { select: ['id', 'documentId'] };
    else if (attribute.type === 'component' || attribute.type === 'dynamiczone') populate[name] = true;
  }
  return populate;
}

/** Dates as ISO text, related entries by documentId, objects with sorted keys and no row ids. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.documentId === 'string') return object.documentId;
    return Object.fromEntries(
      Object.keys(object)
        .filter((key) => key !== 'id')
        .sort()
        .map((key) => [key, canonical(object[key])]),
    );
  }
  return value ?? null;
}

/** The fingerprint of a draft row's content (what a reader would see from it). */
export async function fingerprintOf(strapi: Core.Strapi, id: number): Promise<string | null> {
  const row = (await strapi.db.query(ARTICLE).findOne({ where: { id }, populate: populateOf(strapi) })) as Record<string, unknown> | null;
  if (!row) return null;
  const skip = skipped();
  const content = Object.fromEntries(Object.entries(row).filter(([key]) => !skip.has(key)));
  return createHash('sha256')
    .update(JSON.stringify(canonical(content)))
    .digest('hex');
}

const awaitingPublication = (row: Row) =>
  Boolean(row.approvedFingerprint) && (row.reviewStatus === 'ready' || Boolean(row.scheduledPublishAt));

async function drafts(strapi: Core.Strapi, documentId: string, where: Record<string, unknown> = {}): Promise<Row[]> {
  return strapi.db.query(ARTICLE).findMany({
    where: { documentId, publishedAt: null, ...where },
    select: ['id', 'documentId', 'locale', 'title', 'reviewStatus', 'scheduledPublishAt', 'approvedFingerprint'],
  });
}

/** After a content save: ready / scheduled drafts that changed go back to the reporter (or follow an editor's save). */
async function afterSave(strapi: Core.Strapi, documentId: string): Promise<void> {
  const request = strapi.requestContext.get() as RequestCtx | undefined;
  const ability = request?.state?.userAbility;
  const trusted = !ability || ability.can(PUBLISH_ACTION, ARTICLE);
  for (const row of (await drafts(strapi, documentId)).filter(awaitingPublication)) {
    const now = await fingerprintOf(strapi, row.id);
    if (now === row.approvedFingerprint) continue;
    if (trusted) {
      await strapi.db.query(ARTICLE).update({ where: { id: row.id }, data: { approvedFingerprint: now } });
      continue;
    }
    await strapi.db.query(ARTICLE).update({
      where: { id: row.id },
      data: { reviewStatus: 'changed', scheduledPublishAt: null, approvedFingerprint: null },
    });
    await recordAdminAction(strapi, request?.state?.user, {
      action: 'update',
      subjectType: ARTICLE,
      documentId,
      title: row.title ?? null,
      locale: row.locale,
      details: { reviewStatus: 'changed', scheduledPublishAt: null, cancelledPublishAt: row.scheduledPublishAt ?? null },
    });
  }
}

/** The edit view's Publish of one document (the editor has the text in front of them). */
const fromEditView = (request: RequestCtx | undefined) =>
  /^\/content-manager\/collection-types\/[^/]+\/[^/]+\/actions\/publish$/.test(request?.request?.path ?? '');

async function beforePublish(strapi: Core.Strapi, documentId: string, locale: unknown): Promise<void> {
  if (fromEditView(strapi.requestContext.get() as RequestCtx | undefined)) return;
  const locales = await localesOf(strapi, locale);
  for (const row of await drafts(strapi, documentId, locales ? { locale: { $in: locales } } : {})) {
    if (row.reviewStatus === 'changed') throw new NotApprovedError(row.title);
    if (row.approvedFingerprint && (await fingerprintOf(strapi, row.id)) !== row.approvedFingerprint) throw new NotApprovedError(row.title);
  }
}

/** Registered before the other publish hooks (./publication-date.ts fills the draft's date as it publishes). */
export function registerDeskApproval(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ARTICLE) return next();
    const params = context.params as { documentId?: string; locale?: unknown };
    if (context.action === 'publish' && params.documentId) await beforePublish(strapi, params.documentId, params.locale);
    if (context.action !== 'update' || !params.documentId) return next();
    const result = await next();
    await afterSave(strapi, params.documentId);
    return result;
  });
}
