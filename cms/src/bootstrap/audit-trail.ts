import type { Core } from '@strapi/strapi';
import { toCsv, type AuditRow } from '../utils/audit-csv';
import { ADMIN_TYPE_NAMES, vietnameseCsvNames } from '../utils/audit-labels';
import { jobs } from '../utils/core';
import { foldVietnamese } from '../utils/slug';

/**
 * The audit trail (Strapi's audit logs are a paid feature): every create, update, publish, unpublish,
 * schedule, delete and discard of a document, every admin login and every role change is written to
 * `portal_audit_entries` (created by database/migrations) with who, what, which locale and when.
 *
 *  - Documents: a document-service middleware, so every caller is covered — the content manager, other
 *    plugins, and jobs (a job outside any request is recorded as the system, "Hệ thống").
 *  - Logins: the admin's `admin.auth.success` event; failed logins (`admin.auth.error`) as "login-failed" with
 *    the e-mail that was tried and the client's address (readers of the trail only, like every entry). Role changes: a user's roles changed through the
 *    admin's users API, and roles created, renamed, re-permissioned or deleted.
 *  - Uploads, media deletions, staff accounts (invited, activated), API tokens, settings, comment moderation
 *    and visit corrections: bootstrap/audit-recorders.ts.
 *  - Reading: GET /admin/audit-trail/entries (filters, pages; the admin page itself is /admin/audit-trail) and
 *    /admin/audit-trail/export (CSV, in Vietnamese and Vietnam time), for holders of the `api::audit-trail.read`
 *    permission (Editors and Super Admins, bootstrap/desk-roles.ts). Staff e-mails, e-mails typed at the login
 *    and client addresses are for Super Admins (the IT team) only: the Editor reads names, actions, titles, times.
 *  - The title filter ignores case and Vietnamese marks ("dong" finds "Đồng"): it matches `search_title`, the
 *    title folded when the entry is written (database/migrations adds it, the boot fills older entries).
 *  - Nothing edits or deletes entries: there is no such route, and the table is no content type. Entries
 *    older than AUDIT_RETENTION_DAYS (config/audit.ts, default 730 days) are purged at boot and daily.
 */
export const AUDIT_TABLE = 'portal_audit_entries';
export const AUDIT_READ = 'api::audit-trail.read';
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'publish',
  'unpublish',
  'schedule',
  'discard',
  'delete',
  'login',
  'login-failed',
  'role',
  'personal-data',
  'upload',
  'account',
  'token',
  'settings',
  'moderation',
  'visit-correction',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
/** The filter's choices: the actions, and the desk's hand-offs (an update of the draft's review state). */
export const AUDIT_FILTER_ACTIONS = [...AUDIT_ACTIONS, 'review.ready', 'review.changes'] as const;
/** Fields that schedule a document: an update that changes one of them is also recorded as "schedule". */
export const SCHEDULE_FIELDS = ['publishAt', 'unpublishAt', 'scheduledPublishAt', 'scheduledUnpublishAt'];

const DOCUMENT_ACTIONS: Record<string, (typeof AUDIT_ACTIONS)[number]> = {
  create: 'create',
  clone: 'create',
  update: 'update',
  delete: 'delete',
  publish: 'publish',
  unpublish: 'unpublish',
  discardDraft: 'discard',
};
/** Actions recorded when no request is behind them (a scheduled job): what readers see change. */
const SYSTEM_ACTIONS = new Set(['publish', 'unpublish', 'delete', 'schedule']);
const BOOKKEEPING = new Set(['id', 'documentId', 'locale', 'createdBy', 'updatedBy', 'createdAt', 'updatedAt', 'publishedAt']);
const TITLE_FIELDS = ['title', 'name', 'number', 'label', 'period', 'portalName'];
const DAY = 86_400_000;

type Actor = { id: number | null; name: string; email: string | null };
export type AdminUser = {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
  roles?: { code?: string }[];
};
type RequestCtx = {
  method: string;
  path: string;
  status: number;
  query: Record<string, unknown>;
  params: Record<string, string>;
  req: { socket?: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> };
  request: { body?: Record<string, unknown> };
  state: {
    user?: AdminUser;
    auth?: { strategy?: { name?: string }; credentials?: { name?: string } };
    userAbility?: { can(action: string, subject?: string): boolean };
    auditRoleRecorded?: boolean;
  };
  set(name: string, value: string): void;
  body: unknown;
};
type Entry = {
  action: string;
  actor: Actor | null;
  subjectType?: string | null;
  documentId?: string | null;
  title?: string | null;
  locale?: string | null;
  details?: Record<string, unknown> | null;
};

export const personName = (u: AdminUser) =>
  [u.firstname, u.lastname].filter(Boolean).join(' ').trim() || u.username || u.email || `#${u.id}`;
const adminActor = (u: AdminUser): Actor => ({ id: u.id, name: personName(u), email: u.email ?? null });

/** Who is acting: the admin user or API token of the current request; `inRequest` false for jobs. */
export function currentActor(strapi: Core.Strapi): { actor: Actor | null; inRequest: boolean } {
  const ctx = strapi.requestContext.get() as RequestCtx | undefined;
  if (!ctx) return { actor: null, inRequest: false };
  const strategy = ctx.state?.auth?.strategy?.name;
  if (strategy === 'admin' && ctx.state.user) return { actor: adminActor(ctx.state.user), inRequest: true };
  if (strategy === 'api-token')
    return { actor: { id: null, name: `API token: ${ctx.state.auth?.credentials?.name ?? '?'}`, email: null }, inRequest: true };
  return { actor: null, inRequest: true };
}

const clip = (value: unknown, max: number) => (value === null || value === undefined ? null : String(value).slice(0, max));

/** An action an admin user took through one of the portal's own admin routes (not the document service). */
export async function recordAdminAction(strapi: Core.Strapi, user: AdminUser | undefined, entry: Omit<Entry, 'actor'>): Promise<void> {
  await recordAudit(strapi, { ...entry, actor: user ? adminActor(user) : null });
}

/** A title as the filter compares it: lower case, without Vietnamese marks ("Thạch Đồng" → "thach dong"). */
export const foldTitle = (text: string) => foldVietnamese(text).toLowerCase();

export async function recordAudit(strapi: Core.Strapi, entry: Entry): Promise<void> {
  const row = {
    occurred_at: new Date(),
    action: entry.action,
    actor_id: entry.actor?.id ?? null,
    actor_name: clip(entry.actor?.name ?? null, 255),
    actor_email: clip(entry.actor?.email ?? null, 255),
    subject_type: clip(entry.subjectType ?? null, 255),
    document_id: clip(entry.documentId ?? null, 64),
    title: clip(entry.title ?? null, 512),
    locale: clip(entry.locale ?? null, 16),
    search_title: clip(entry.title ? foldTitle(entry.title) : null, 512),
    details: entry.details ? JSON.stringify(entry.details) : null,
  };
  try {
    // Inside the caller's transaction when there is one: a rolled-back action leaves no entry.
    await strapi.db.transaction(({ trx }) => strapi.db.getConnection(AUDIT_TABLE).transacting(trx).insert(row));
  } catch (error) {
    strapi.log.error(`[portal] audit entry not written (${entry.action} ${entry.subjectType ?? ''}): ${(error as Error).message}`);
  }
}

const titleOf = (doc: Record<string, unknown> | null | undefined) => {
  for (const f of TITLE_FIELDS) if (doc && typeof doc[f] === 'string' && doc[f]) return doc[f] as string;
  return null;
};
const sameValue = (a: unknown, b: unknown) => {
  const norm = (v: unknown) =>
    v === undefined || v === ''
      ? null
      : v instanceof Date
        ? v.toISOString()
        : typeof v === 'string' && !Number.isNaN(Date.parse(v)) && /T/.test(v)
          ? new Date(v).toISOString()
          : v;
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
};

type DocCtx = {
  uid: string;
  action: string;
  params: Record<string, unknown> & { data?: Record<string, unknown>; documentId?: string; locale?: unknown };
};

/** The schedule fields an update or create sets to a new value (compared with the stored draft). */
async function scheduleChanges(strapi: Core.Strapi, ctx: DocCtx): Promise<Record<string, unknown> | null> {
  const model = strapi.getModel(ctx.uid as never) as { attributes: Record<string, unknown> } | undefined;
  const data = ctx.params.data;
  const fields = SCHEDULE_FIELDS.filter((f) => model?.attributes[f] && data && f in data);
  if (!fields.length || !data) return null;
  let stored: Record<string, unknown> = {};
  if (ctx.action === 'update' && ctx.params.documentId) {
    const locale = typeof ctx.params.locale === 'string' && ctx.params.locale !== '*' ? ctx.params.locale : undefined;
    const where: Record<string, unknown> = { documentId: ctx.params.documentId, ...(locale ? { locale } : {}) };
    if ((model as { options?: { draftAndPublish?: boolean } }).options?.draftAndPublish) where.publishedAt = null;
    stored = (await strapi.db.query(ctx.uid as never).findOne({ where, select: fields })) ?? {};
  }
  const changed = fields.filter(
    (f) => !sameValue(data[f], stored[f]) && !(ctx.action !== 'update' && (data[f] === null || data[f] === '')),
  );
  return changed.length ? Object.fromEntries(changed.map((f) => [f, data[f] ?? null])) : null;
}

function registerDocumentAudit(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const ctx = context as unknown as DocCtx;
    const action = DOCUMENT_ACTIONS[ctx.action];
    // (Media files are recorded by their database lifecycles, whoever writes them: audit-recorders.ts.)
    if (!action || !ctx.uid.startsWith('api::')) return next();
    // The content manager's publish saves first, with nothing but bookkeeping when no field was sent.
    if (ctx.action === 'update' && !Object.keys(ctx.params.data ?? {}).some((k) => !BOOKKEEPING.has(k))) return next();
    const { actor, inRequest } = currentActor(strapi);
    const wanted = (a: string) => Boolean(actor) || (!inRequest && SYSTEM_ACTIONS.has(a) && ctx.uid.startsWith('api::'));
    if (!wanted(action) && !wanted('schedule')) return next();
    const schedule = action === 'create' || action === 'update' ? await scheduleChanges(strapi, ctx) : null;
    const outcome = await next();
    const result = outcome as unknown as Record<string, unknown> | null;
    if (!result) return outcome;
    const entries = Array.isArray(result.entries) ? (result.entries as Record<string, unknown>[]) : [result];
    const documentId = (result.documentId as string) ?? ctx.params.documentId ?? null;
    const locales = new Map<string | null, Record<string, unknown>>();
    for (const e of entries) locales.set((e?.locale as string) ?? (typeof ctx.params.locale === 'string' ? ctx.params.locale : null), e);
    if (!locales.size) locales.set(typeof ctx.params.locale === 'string' ? ctx.params.locale : null, {});
    for (const [locale, doc] of locales) {
      const base = { actor, subjectType: ctx.uid, documentId, title: titleOf(doc), locale };
      if (wanted(action)) await recordAudit(strapi, { ...base, action });
      if (schedule && wanted('schedule')) await recordAudit(strapi, { ...base, action: 'schedule', details: schedule });
    }
    return outcome;
  });
}

const roleNames = async (strapi: Core.Strapi, userId: number) =>
  ((await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: ['roles'] }))?.roles ?? [])
    .map((r: { name: string }) => r.name)
    .sort();

/**
 * Role changes made through the admin's API: a user's roles (before → after), and roles created,
 * edited, re-permissioned or deleted. Recorded once per request, after it succeeded.
 */
function registerRoleAudit(strapi: Core.Strapi): void {
  strapi.server.use(async (koaCtx: unknown, next: () => Promise<void>) => {
    const ctx = koaCtx as RequestCtx;
    const userMatch = ctx.method === 'PUT' && /^\/admin\/users\/(\d+)$/.exec(ctx.path);
    const roleMatch =
      ['POST', 'PUT', 'DELETE'].includes(ctx.method) && /^\/admin\/roles(?:\/(\d+)(\/permissions)?)?(?:\/batch-delete)?$/.exec(ctx.path);
    if (!userMatch && !roleMatch) return next();
    // (The body is not parsed yet at this point: the roles are compared before and after.)
    const userId = userMatch ? Number(userMatch[1]) : null;
    const before = userId ? await roleNames(strapi, userId) : null;
    const roleBefore =
      roleMatch && roleMatch[1] ? await strapi.db.query('admin::role').findOne({ where: { id: Number(roleMatch[1]) } }) : null;
    await next();
    if (ctx.status >= 300 || !ctx.state.user || ctx.state.auth?.strategy?.name !== 'admin') return;
    const actor = adminActor(ctx.state.user);
    if (userId && before) {
      const after = await roleNames(strapi, userId);
      if (JSON.stringify(before) === JSON.stringify(after)) return;
      const target = await strapi.db.query('admin::user').findOne({ where: { id: userId } });
      await recordAudit(strapi, {
        action: 'role',
        actor,
        subjectType: 'admin::user',
        documentId: String(userId),
        title: target ? personName(target) : null,
        details: { from: before, to: after },
      });
    } else if (roleMatch) {
      const change =
        ctx.method === 'POST'
          ? roleMatch[1]
            ? 'unknown'
            : 'created'
          : ctx.method === 'DELETE' || ctx.path.endsWith('batch-delete')
            ? 'deleted'
            : roleMatch[2]
              ? 'permissions'
              : 'edited';
      const role = roleMatch[1]
        ? ((await strapi.db.query('admin::role').findOne({ where: { id: Number(roleMatch[1]) } })) ?? roleBefore)
        : (ctx.body as { data?: { id?: number; name?: string } })?.data;
      await recordAudit(strapi, {
        action: 'role',
        actor,
        subjectType: 'admin::role',
        documentId: role?.id ? String(role.id) : null,
        title: role?.name ?? null,
        details: { change },
      });
    }
  });
}

function registerLoginAudit(strapi: Core.Strapi): void {
  strapi.eventHub.on('admin.auth.success', async (payload: unknown) => {
    const user = (payload as { user?: AdminUser })?.user;
    if (user)
      await recordAudit(strapi, {
        action: 'login',
        actor: adminActor(user),
        subjectType: 'admin::user',
        documentId: String(user.id),
        title: personName(user),
      });
  });
  // A refused login to the admin (wrong password, unknown or blocked account): who was tried, from where. Emitted
  // inside the login request, whose body holds the e-mail typed.
  strapi.eventHub.on('admin.auth.error', async (payload: unknown) => {
    const ctx = strapi.requestContext.get() as RequestCtx | undefined;
    if (!ctx || !/^\/admin\/login\/?$/.test(ctx.path)) return;
    const typed = ctx.request.body?.email;
    const email = typeof typed === 'string' ? typed.trim().toLowerCase().slice(0, 255) : '';
    const user = email ? ((await strapi.db.query('admin::user').findOne({ where: { email } })) as AdminUser | null) : null;
    const reason = (payload as { error?: { message?: string } })?.error?.message;
    await recordAudit(strapi, {
      action: 'login-failed',
      actor: { id: null, name: email || '—', email: email || null },
      subjectType: 'admin::user',
      documentId: user ? String(user.id) : null,
      title: user ? personName(user) : email || null,
      details: {
        address: strapi.plugin('portal-core').service<{ of(req: RequestCtx['req']): string }>('client-address').of(ctx.req),
        ...(reason ? { reason: reason.slice(0, 200) } : {}),
        knownAccount: Boolean(user),
      },
    });
  });
}

/* ------------------------------------------------------------------------------------------------ */

type Filters = { actor?: number; action?: string; type?: string; locale?: string; document?: string; q?: string; from?: Date; to?: Date };

class BadFilter extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseFilters(query: Record<string, unknown>): Filters {
  const one = (name: string) => {
    const v = query[name];
    if (v === undefined || v === '') return undefined;
    if (typeof v !== 'string' || v.length > 200) throw new BadFilter(`Bộ lọc "${name}" không hợp lệ. / Invalid filter "${name}".`);
    return v;
  };
  const date = (name: string, endOfDay: boolean) => {
    const v = one(name);
    if (v === undefined) return undefined;
    if (!DATE.test(v) || Number.isNaN(Date.parse(v)))
      throw new BadFilter(`Ngày "${name}" phải có dạng YYYY-MM-DD. / "${name}" must be a date (YYYY-MM-DD).`);
    const d = new Date(v.length === 10 ? `${v}T00:00:00+07:00` : v);
    return endOfDay && v.length === 10 ? new Date(d.getTime() + DAY) : d;
  };
  const actor = one('actor');
  if (actor !== undefined && !/^\d+$/.test(actor)) throw new BadFilter('Người thực hiện không hợp lệ. / Invalid "actor".');
  const action = one('action');
  if (action !== undefined && !(AUDIT_FILTER_ACTIONS as readonly string[]).includes(action))
    throw new BadFilter(`Thao tác "${action}" không có. / Unknown action "${action}".`);
  return {
    actor: actor === undefined ? undefined : Number(actor),
    action,
    type: one('type'),
    locale: one('locale'),
    document: one('document'),
    q: one('q'),
    from: date('from', false),
    to: date('to', true),
  };
}

function filtered(strapi: Core.Strapi, f: Filters) {
  let q = strapi.db.getConnection(AUDIT_TABLE);
  if (f.actor !== undefined) q = q.where('actor_id', f.actor);
  const review = f.action?.startsWith('review.') ? f.action.slice('review.'.length) : null;
  if (review) q = q.where('action', 'update').where('details', 'like', `%"reviewStatus":"${review}"%`);
  else if (f.action) q = q.where('action', f.action);
  if (f.type) q = q.where('subject_type', f.type);
  if (f.locale) q = q.where('locale', f.locale);
  if (f.document) q = q.where('document_id', f.document);
  if (f.q) q = q.whereRaw("search_title like ? escape '\\'", [`%${foldTitle(f.q).replace(/[%_\\]/g, (c) => `\\${c}`)}%`]);
  if (f.from) q = q.where('occurred_at', '>=', f.from);
  if (f.to) q = q.where('occurred_at', '<', f.to);
  return q;
}

const toRow = (r: Record<string, unknown>): AuditRow => ({
  id: Number(r.id),
  occurredAt: new Date(r.occurred_at as string | number | Date).toISOString(),
  action: r.action as string,
  actorId: r.actor_id === null ? null : Number(r.actor_id),
  actorName: (r.actor_name as string) ?? null,
  actorEmail: (r.actor_email as string) ?? null,
  subjectType: (r.subject_type as string) ?? null,
  documentId: (r.document_id as string) ?? null,
  title: (r.title as string) ?? null,
  locale: (r.locale as string) ?? null,
  details: r.details ? (JSON.parse(r.details as string) as Record<string, unknown>) : null,
});

/** Display names of the audited types (the admin translates them as its menu does: TYPE_NAMES). */
function typeNames(strapi: Core.Strapi, uids: string[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const uid of uids) {
    const name = ADMIN_TYPE_NAMES[uid] ?? strapi.contentType(uid as Parameters<typeof strapi.contentType>[0])?.info?.displayName;
    if (name) names[uid] = name;
  }
  return names;
}

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
const withoutEmails = (text: string | null) => (text === null ? null : text.replace(EMAIL, '—'));
const isSuperAdmin = (ctx: RequestCtx) => Boolean(ctx.state.user?.roles?.some((r) => r.code === 'strapi-super-admin'));

/**
 * An entry as the reader may see it: everything for Super Admins (the IT team); for the Editor no e-mail
 * (of staff, or typed at a refused login) and no client address — names, actions, titles and times.
 */
function forReader(ctx: RequestCtx): (row: AuditRow) => AuditRow {
  if (isSuperAdmin(ctx)) return (row) => row;
  return (row) => {
    const known = row.action === 'login-failed' ? row.details?.knownAccount === true : true;
    const details = row.details ? { ...row.details } : null;
    if (details) delete details.address;
    return {
      ...row,
      actorEmail: null,
      actorName: row.action === 'login-failed' ? (known ? withoutEmails(row.title) : null) : withoutEmails(row.actorName),
      title: known ? withoutEmails(row.title) : null,
      details: details ? (JSON.parse(withoutEmails(JSON.stringify(details))!) as Record<string, unknown>) : null,
    };
  };
}

export const retentionDays = (strapi: Core.Strapi) => Number(strapi.config.get('audit.retentionDays', 730)) || 730;
const MAX_EXPORT = 100_000;

function guard(ctx: RequestCtx, action: string, subject?: string): boolean {
  if (ctx.state.userAbility?.can(action, subject)) return true;
  ctx.status = 403;
  ctx.body = {
    data: null,
    error: { status: 403, name: 'ForbiddenError', message: 'Bạn không có quyền xem nhật ký thao tác. / You may not read the audit trail.' },
  };
  return false;
}

function withFilters(ctx: RequestCtx, run: (f: Filters) => Promise<void>): Promise<void> {
  let f: Filters;
  try {
    f = parseFilters(ctx.query);
  } catch (error) {
    if (!(error instanceof BadFilter)) throw error;
    ctx.status = 400;
    ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: error.message } };
    return Promise.resolve();
  }
  return run(f);
}

type PersonAt = { name: string; at: string } | null;

/** createdBy / updatedBy (Strapi's own) and publishedBy (the last "publish" entry) of documents. */
async function peopleOf(
  strapi: Core.Strapi,
  uid: string,
  documentIds: string[],
  locale?: string,
): Promise<Record<string, { createdBy: PersonAt; updatedBy: PersonAt; publishedBy: PersonAt }>> {
  const model = strapi.getModel(uid as never) as { options?: { draftAndPublish?: boolean } };
  const where: Record<string, unknown> = { documentId: { $in: documentIds }, ...(locale ? { locale } : {}) };
  if (model.options?.draftAndPublish) where.publishedAt = null;
  const rows = await strapi.db.query(uid as never).findMany({
    where,
    select: ['documentId', 'createdAt', 'updatedAt'],
    populate: {
      createdBy: { select: ['id', 'firstname', 'lastname', 'username', 'email'] },
      updatedBy: { select: ['id', 'firstname', 'lastname', 'username', 'email'] },
    },
  });
  let publishes = strapi.db.getConnection(AUDIT_TABLE).where({ subject_type: uid, action: 'publish' }).whereIn('document_id', documentIds);
  if (locale) publishes = publishes.where('locale', locale);
  const published = (await publishes.orderBy('occurred_at', 'desc').select('document_id', 'actor_name', 'occurred_at')) as Record<
    string,
    unknown
  >[];
  const out: Record<string, { createdBy: PersonAt; updatedBy: PersonAt; publishedBy: PersonAt }> = {};
  for (const r of rows as Record<string, unknown>[]) {
    const person = (u: unknown, at: unknown): PersonAt =>
      u ? { name: personName(u as AdminUser), at: new Date(at as string).toISOString() } : null;
    out[r.documentId as string] = {
      createdBy: person(r.createdBy, r.createdAt),
      updatedBy: person(r.updatedBy, r.updatedAt),
      publishedBy: null,
    };
  }
  for (const p of published) {
    const doc = out[p.document_id as string];
    if (doc && !doc.publishedBy)
      doc.publishedBy = { name: (p.actor_name as string) ?? 'Hệ thống', at: new Date(p.occurred_at as string).toISOString() };
  }
  return out;
}

const handle = (fn: (ctx: RequestCtx) => unknown) => async (ctx: unknown) => {
  await fn(ctx as RequestCtx);
};

function registerAuditRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/admin',
    routes: [
      {
        method: 'GET',
        // The data has an address of its own: /admin/audit-trail is the admin page, which a reload must show.
        path: '/audit-trail/entries',
        handler: handle(
          (ctx) =>
            guard(ctx, AUDIT_READ) &&
            withFilters(ctx, async (f) => {
              const page = Math.max(1, Number(ctx.query.page) || 1);
              const pageSize = Math.min(100, Math.max(1, Number(ctx.query.pageSize) || 20));
              const [{ count }] = (await filtered(strapi, f).count({ count: '*' })) as { count: string | number }[];
              const rows = await filtered(strapi, f)
                .orderBy([
                  { column: 'occurred_at', order: 'desc' },
                  { column: 'id', order: 'desc' },
                ])
                .limit(pageSize)
                .offset((page - 1) * pageSize);
              const actors = await strapi.db
                .getConnection(AUDIT_TABLE)
                .distinct('actor_id', 'actor_name')
                .whereNotNull('actor_id')
                .orderBy('actor_name');
              const types = await strapi.db
                .getConnection(AUDIT_TABLE)
                .distinct('subject_type')
                .whereNotNull('subject_type')
                .orderBy('subject_type');
              ctx.body = {
                results: (rows as Record<string, unknown>[]).map(toRow).map(forReader(ctx)),
                pagination: { page, pageSize, total: Number(count), pageCount: Math.ceil(Number(count) / pageSize) },
                facets: {
                  actors: (actors as { actor_id: number; actor_name: string }[]).map((a) => ({
                    id: Number(a.actor_id),
                    name: isSuperAdmin(ctx) ? a.actor_name : withoutEmails(a.actor_name),
                  })),
                  types: (types as { subject_type: string }[]).map((t) => t.subject_type),
                  typeNames: typeNames(
                    strapi,
                    (types as { subject_type: string }[]).map((t) => t.subject_type),
                  ),
                  actions: AUDIT_FILTER_ACTIONS,
                },
                retentionDays: retentionDays(strapi),
              };
            }),
        ),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { type: 'admin' },
      },
      {
        method: 'GET',
        path: '/audit-trail/export',
        handler: handle(
          (ctx) =>
            guard(ctx, AUDIT_READ) &&
            withFilters(ctx, async (f) => {
              const rows = await filtered(strapi, f)
                .orderBy([
                  { column: 'occurred_at', order: 'desc' },
                  { column: 'id', order: 'desc' },
                ])
                .limit(MAX_EXPORT);
              const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
              ctx.set('Content-Type', 'text/csv; charset=utf-8');
              ctx.set('Content-Disposition', `attachment; filename="nhat-ky-thao-tac-${stamp}.csv"`);
              ctx.set('Cache-Control', 'no-store');
              ctx.body = toCsv(
                (rows as Record<string, unknown>[]).map(toRow).map(forReader(ctx)),
                vietnameseCsvNames((uid) => typeNames(strapi, [uid])[uid]),
              );
            }),
        ),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { type: 'admin' },
      },
      {
        // Who created, last edited and published documents: for the edit view's panel and the list's
        // author column, to whoever may read the type in the content manager.
        method: 'GET',
        path: '/audit-trail/people/:uid',
        handler: handle(async (ctx) => {
          const uid = ctx.params.uid;
          if (!strapi.contentTypes[uid as never] || !uid.startsWith('api::')) {
            ctx.status = 404;
            ctx.body = {
              data: null,
              error: { status: 404, name: 'NotFoundError', message: 'Không có loại nội dung này. / No such content type.' },
            };
            return;
          }
          if (!guard(ctx, 'plugin::content-manager.explorer.read', uid)) return;
          const ids = String(ctx.query.documentIds ?? '')
            .split(',')
            .filter((id) => /^[a-z0-9]{1,64}$/.test(id))
            .slice(0, 100);
          const locale = typeof ctx.query.locale === 'string' && /^[a-zA-Z-]{2,16}$/.test(ctx.query.locale) ? ctx.query.locale : undefined;
          ctx.body = { data: ids.length ? await peopleOf(strapi, uid, ids, locale) : {} };
        }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { type: 'admin' },
      },
    ],
  });
}

export async function purgeAuditTrail(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays(strapi) * DAY);
  return strapi.db.getConnection(AUDIT_TABLE).where('occurred_at', '<', cutoff).delete();
}

/** The daily purge (per Strapi instance, not per module): a job of the core, so one node at a time runs it. */
const stopPurges = new WeakMap<Core.Strapi, () => Promise<void>>();

export async function registerAuditTrail(strapi: Core.Strapi): Promise<void> {
  // Registered before the admin's bootstrap, which gives Super Admins every registered action.
  await strapi.service('admin::permission').actionProvider.registerMany([
    {
      section: 'settings',
      category: 'Nhật ký thao tác (audit trail)',
      displayName: 'Xem và xuất nhật ký (read and export)',
      uid: 'audit-trail.read',
    },
  ]);
  registerDocumentAudit(strapi);
  registerRoleAudit(strapi);
  registerAuditRoutes(strapi);
}

/** Entries written before `search_title` existed get it once (a batch at a time, at boot). */
async function foldOlderTitles(strapi: Core.Strapi): Promise<void> {
  for (;;) {
    const rows = (await strapi.db
      .getConnection(AUDIT_TABLE)
      .whereNull('search_title')
      .whereNotNull('title')
      .select('id', 'title')
      .limit(500)) as { id: number; title: string }[];
    if (!rows.length) return;
    for (const r of rows)
      await strapi.db
        .getConnection(AUDIT_TABLE)
        .where('id', r.id)
        .update({ search_title: foldTitle(r.title).slice(0, 512) });
  }
}

export async function bootstrapAuditTrail(strapi: Core.Strapi): Promise<void> {
  registerLoginAudit(strapi);
  await foldOlderTitles(strapi).catch((error: Error) => strapi.log.error(`[portal] audit titles not folded: ${error.message}`));
  const purge = async () => {
    const removed = await purgeAuditTrail(strapi).catch(
      (error: Error) => (strapi.log.error(`[portal] audit purge failed: ${error.message}`), 0),
    );
    if (removed) strapi.log.info(`[portal] audit trail: ${removed} entr(ies) older than ${retentionDays(strapi)} days purged`);
  };
  await stopPurges.get(strapi)?.();
  // Run at once by the node that takes the job (at boot on a single node), then daily.
  stopPurges.set(strapi, jobs(strapi).runExclusive('audit-purge', DAY, purge));
}

export async function destroyAuditTrail(strapi: Core.Strapi): Promise<void> {
  await stopPurges.get(strapi)?.();
  stopPurges.delete(strapi);
}
