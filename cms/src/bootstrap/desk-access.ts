import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DESK_FIELDS } from './article-desk';

/**
 * "Edit only what I created" held per document in the admin, for every type with drafts (the desk's
 * types: a reporter's role is limited by `admin::is-creator`, ./desk-roles.ts), where the content
 * manager checks less:
 *  - clone checks only the create permission: the source (the locale cloned, or every locale) must be
 *    readable by the caller, or the clone is refused as not found;
 *  - a save in a locale the document does not have yet creates that locale, and changes the fields
 *    shared between locales on every other locale's draft: it needs the right to edit every existing
 *    draft of the document;
 *  - answers about a document carry its other locales (`localizations`, `meta.availableLocales`): those
 *    the caller may not read are left out, and the desk's private fields never go to someone who may
 *    not read the entry they belong to.
 */
const CM = /^\/content-manager\/(collection-types|single-types)\/(api::[^/]+)/;

type Ability = { can(action: string, subject: unknown): boolean };
type Entry = { documentId?: string; locale?: string | null; publishedAt?: unknown } & Record<string, unknown>;
type Row = { id: number; documentId: string; locale?: string | null; publishedAt?: unknown; createdBy?: unknown };
type Checker = { can: Record<'read' | 'update', (entity?: unknown) => boolean> };
type KoaCtx = { path: string; body: unknown; state: { userAbility?: Ability } };

const hasDrafts = (strapi: Core.Strapi, uid: string) =>
  uid.startsWith('api::') &&
  Boolean((strapi.getModel(uid as never) as { options?: { draftAndPublish?: boolean } } | undefined)?.options?.draftAndPublish);

function checkerFor(strapi: Core.Strapi, uid: string, userAbility: Ability): Checker {
  return strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: uid }) as Checker;
}

/** The admin request behind a document-service call, when there is one. */
function adminAbility(strapi: Core.Strapi): Ability | undefined {
  const ctx = strapi.requestContext.get() as Partial<KoaCtx> | undefined;
  return ctx?.path && CM.test(ctx.path) ? ctx.state?.userAbility : undefined;
}

const draftsOf = (strapi: Core.Strapi, uid: string, documentId: string, where: Record<string, unknown> = {}): Promise<Row[]> =>
  strapi.db.query(uid).findMany({ where: { documentId, publishedAt: null, ...where }, populate: ['createdBy'] });

const notFound = () => new errors.NotFoundError('Không tìm thấy nội dung này. / This entry was not found.');

async function guardClone(strapi: Core.Strapi, uid: string, checker: Checker, documentId: string, locale: unknown): Promise<void> {
  const where = typeof locale === 'string' && locale && locale !== '*' ? { locale } : {};
  const sources = await draftsOf(strapi, uid, documentId, where);
  if (sources.some((row) => !checker.can.read(row))) throw notFound();
}

async function guardNewLocale(strapi: Core.Strapi, uid: string, checker: Checker, documentId: string, locale: unknown): Promise<void> {
  if (typeof locale !== 'string' || !locale) return;
  const drafts = await draftsOf(strapi, uid, documentId);
  if (drafts.length === 0 || drafts.some((row) => row.locale === locale)) return; // a new document, or the content manager checked this row
  if (drafts.some((row) => !checker.can.update(row)))
    throw new errors.ForbiddenError(
      'Bạn chỉ được sửa bài do mình tạo, ở mọi ngôn ngữ. / You may only edit entries you created, in every language.',
    );
}

/** Entries of an answer about documents of `uid`: the main ones, and the other locales they list. */
function entriesOf(body: unknown): { main: Entry[]; others: Entry[][] } {
  const b = (body ?? {}) as { data?: unknown; results?: unknown; meta?: { availableLocales?: unknown } };
  const main = [b.data, ...(Array.isArray(b.results) ? b.results : [])].filter(
    (x): x is Entry => Boolean(x) && typeof x === 'object' && !Array.isArray(x) && typeof (x as Entry).documentId === 'string',
  );
  const others = [b.meta?.availableLocales, ...main.map((x) => x.localizations)].filter((x): x is Entry[] => Array.isArray(x));
  return { main, others };
}

/** Leaves out of an answer the other locales the caller may not read, and private fields of entries they may not read. */
async function filterAnswer(strapi: Core.Strapi, uid: string, ctx: KoaCtx): Promise<void> {
  const { main, others } = entriesOf(ctx.body);
  const all = [...main, ...others.flat()];
  const ids = [...new Set(all.map((x) => x.documentId).filter((x): x is string => typeof x === 'string'))];
  if (!ids.length || !ctx.state.userAbility) return;
  const rows: Row[] = await strapi.db.query(uid).findMany({ where: { documentId: { $in: ids } }, populate: ['createdBy'] });
  const checker = checkerFor(strapi, uid, ctx.state.userAbility);
  const readable = (entry: Entry) => {
    const same = rows.filter((r) => r.documentId === entry.documentId && (r.locale ?? null) === (entry.locale ?? null));
    const row = same.find((r) => !r.publishedAt) ?? same[0];
    return Boolean(row) && checker.can.read(row);
  };
  for (const list of others) {
    for (let i = list.length - 1; i >= 0; i -= 1) if (!readable(list[i]!)) list.splice(i, 1);
  }
  for (const entry of main) if (!readable(entry)) for (const field of DESK_FIELDS) delete entry[field];
}

export function registerDeskAccess(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const ability = hasDrafts(strapi, context.uid) ? adminAbility(strapi) : undefined;
    const params = context.params as { documentId?: string; locale?: unknown };
    if (ability && params.documentId && (context.action === 'clone' || context.action === 'update')) {
      const checker = checkerFor(strapi, context.uid, ability);
      if (context.action === 'clone') await guardClone(strapi, context.uid, checker, params.documentId, params.locale);
      else await guardNewLocale(strapi, context.uid, checker, params.documentId, params.locale);
    }
    return next();
  });
  strapi.server.use(async (ctx: KoaCtx, next: () => Promise<void>) => {
    await next();
    const uid = CM.exec(ctx.path)?.[2];
    if (uid && hasDrafts(strapi, uid) && ctx.body && typeof ctx.body === 'object') await filterAnswer(strapi, uid, ctx);
  });
}
