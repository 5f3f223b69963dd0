import type { Core } from '@strapi/strapi';
import { currentActor, personName, recordAudit, type AdminUser, type AuditAction } from './audit-trail';

/**
 * What the audit trail records beside the document service (bootstrap/audit-trail.ts):
 *  - the media library, staff accounts and API/transfer tokens through the database's lifecycles (the
 *    upload plugin and the admin write with `strapi.db.query`, never through the document service), so
 *    every route that creates, invites, activates or deletes them is covered;
 *  - admin requests that change settings, moderate comments or correct the visit counter, after they
 *    succeeded (the plugins stay unaware of the trail: they never import the CMS).
 * Only actions with a person or a token behind them are recorded: the seed and jobs are not staff actions.
 */

type LifecycleEvent = {
  model: { uid: string };
  action: string;
  params: { data?: Record<string, unknown>; where?: Record<string, unknown> };
  result?: Record<string, unknown> | Record<string, unknown>[] | null;
  state: Record<string, unknown>;
};

const TOKEN_TYPES = ['admin::api-token', 'admin::transfer-token'];
const ACCOUNT = 'admin::user';
const MEDIA = 'plugin::upload.file';

const one = (result: LifecycleEvent['result']) => (Array.isArray(result) ? (result[0] ?? null) : (result ?? null));

function registerLifecycles(strapi: Core.Strapi): void {
  const record = async (
    action: AuditAction,
    subjectType: string,
    row: Record<string, unknown> | null,
    details?: Record<string, unknown>,
  ) => {
    const { actor, inRequest } = currentActor(strapi);
    // The invitee finishing their registration has no admin session yet: they are the one acting.
    const who =
      actor ??
      (subjectType === ACCOUNT && inRequest && row ? { id: Number(row.id), name: personName(row as AdminUser), email: null } : null);
    if (!who) return;
    await recordAudit(strapi, {
      action,
      actor: who,
      subjectType,
      documentId: row?.id === undefined ? null : String(row.documentId ?? row.id),
      title: row ? (subjectType === ACCOUNT ? personName(row as AdminUser) : ((row.name as string) ?? null)) : null,
      details: details ?? null,
    });
  };

  strapi.db.lifecycles.subscribe({
    models: [MEDIA],
    async afterCreate(event: LifecycleEvent) {
      const file = one(event.result);
      await record('upload', MEDIA, file, file ? { mime: file.mime ?? null, size: file.size ?? null } : undefined);
    },
    async beforeDelete(event: LifecycleEvent) {
      const id = event.params.where?.id;
      if (typeof id === 'number' || typeof id === 'string')
        event.state.file = await strapi.db.query(MEDIA as never).findOne({ where: { id }, select: ['id', 'documentId', 'name'] });
    },
    async afterDelete(event: LifecycleEvent) {
      await record('delete', MEDIA, (event.state.file as Record<string, unknown>) ?? one(event.result));
    },
  } as never);

  strapi.db.lifecycles.subscribe({
    models: TOKEN_TYPES,
    async afterCreate(event: LifecycleEvent) {
      const token = one(event.result);
      await record('token', event.model.uid, token, { change: 'created', type: token?.type ?? null });
    },
    async beforeDelete(event: LifecycleEvent) {
      const id = event.params.where?.id;
      if (typeof id === 'number' || typeof id === 'string')
        event.state.token = await strapi.db.query(event.model.uid as never).findOne({ where: { id }, select: ['id', 'name'] });
    },
    async afterDelete(event: LifecycleEvent) {
      await record('token', event.model.uid, (event.state.token as Record<string, unknown>) ?? one(event.result), { change: 'deleted' });
    },
  } as never);

  strapi.db.lifecycles.subscribe({
    models: [ACCOUNT],
    async afterCreate(event: LifecycleEvent) {
      const user = one(event.result);
      await record('account', ACCOUNT, user, { change: user?.isActive ? 'created' : 'invited' });
    },
    async beforeUpdate(event: LifecycleEvent) {
      const id = event.params.where?.id;
      if (typeof event.params.data?.isActive === 'boolean' && (typeof id === 'number' || typeof id === 'string'))
        event.state.wasActive = (await strapi.db.query(ACCOUNT as never).findOne({ where: { id }, select: ['isActive'] }))?.isActive;
    },
    async afterUpdate(event: LifecycleEvent) {
      const user = one(event.result);
      const now = event.params.data?.isActive;
      if (typeof now !== 'boolean' || event.state.wasActive === undefined || Boolean(event.state.wasActive) === now) return;
      await record('account', ACCOUNT, user, { change: now ? 'activated' : 'deactivated' });
    },
  } as never);
}

type Ctx = {
  method: string;
  path: string;
  status: number;
  params: Record<string, string>;
  request: { body?: unknown };
  body: unknown;
};

/** Settings pages of the admin and its plugins: a successful change is one "settings" entry naming the page. */
const SETTINGS: Array<[RegExp, string]> = [
  [/^\/upload\/(settings|configuration)$/, 'Thư viện media (media library)'],
  [/^\/i18n\/locales(\/\d+)?$/, 'Ngôn ngữ (locales)'],
  [/^\/admin\/webhooks(\/.*)?$/, 'Webhook'],
  [/^\/admin\/project-settings$/, 'Cài đặt chung (overview)'],
  [/^\/users-permissions\/(roles|advanced|providers|email-templates)(\/.*)?$/, 'Người dùng và quyền (users & permissions)'],
  [/^\/content-manager\/(content-types|components)\/[^/]+\/configuration$/, 'Cấu hình giao diện nội dung (configure the view)'],
  [/^\/visit-counter\/settings$/, 'Bộ đếm lượt truy cập (visit counter)'],
  [/^\/reviews\/settings$/, 'Bình luận, đánh giá (reviews)'],
  [/^\/email\/settings$/, 'E-mail'],
];
const TOKEN_EDIT = /^\/admin\/(api-tokens|transfer\/tokens)\/(\d+)(\/regenerate)?$/;
const MODERATION = /^\/reviews\/comments\/(?:(\d+)\/)?(approve|reject|spam|delete)$/;
const CORRECTION = /^\/visit-counter\/corrections$/;

function registerRequestRecorders(strapi: Core.Strapi): void {
  strapi.server.use(async (koaCtx: unknown, next: () => Promise<void>) => {
    const ctx = koaCtx as Ctx;
    if (ctx.method === 'GET' || ctx.method === 'HEAD' || ctx.method === 'OPTIONS') return next();
    const setting = SETTINGS.find(([re]) => re.test(ctx.path));
    const token = TOKEN_EDIT.exec(ctx.path);
    const moderation = ctx.method === 'POST' && MODERATION.exec(ctx.path);
    const correction = ctx.method === 'POST' && CORRECTION.test(ctx.path);
    if (!setting && !(token && ctx.method !== 'DELETE') && !moderation && !correction) return next();
    await next();
    if (ctx.status >= 300) return;
    const { actor } = currentActor(strapi);
    if (!actor) return;
    const body = (ctx.request.body ?? {}) as Record<string, unknown>;
    if (moderation) {
      const ids = moderation[1] ? [Number(moderation[1])] : Array.isArray(body.ids) ? body.ids.map(Number).slice(0, 50) : [];
      const changed = (ctx.body as { data?: { changed?: number } })?.data?.changed ?? null;
      await recordAudit(strapi, {
        action: 'moderation',
        actor,
        subjectType: 'plugin::reviews.comment',
        documentId: ids.length === 1 ? String(ids[0]) : null,
        title: null,
        details: { decision: moderation[2], comments: ids, changed },
      });
    } else if (correction) {
      const total = typeof body.total === 'number' ? body.total : null;
      const reason = typeof body.reason === 'string' ? body.reason.slice(0, 500) : null;
      await recordAudit(strapi, {
        action: 'visit-correction',
        actor,
        subjectType: 'plugin::visit-counter.total',
        title: reason,
        details: { total },
      });
    } else if (token) {
      const uid = token[1] === 'api-tokens' ? 'admin::api-token' : 'admin::transfer-token';
      const row = await strapi.db.query(uid as never).findOne({ where: { id: Number(token[2]) }, select: ['id', 'name'] });
      await recordAudit(strapi, {
        action: 'token',
        actor,
        subjectType: uid,
        documentId: token[2]!,
        title: (row?.name as string) ?? null,
        details: { change: token[3] ? 'regenerated' : 'edited' },
      });
    } else if (setting) {
      await recordAudit(strapi, {
        action: 'settings',
        actor,
        subjectType: null,
        title: setting[1],
        details: { method: ctx.method, path: ctx.path },
      });
    }
  });
}

export function registerAuditRecorders(strapi: Core.Strapi): void {
  registerLifecycles(strapi);
  registerRequestRecorders(strapi);
}
