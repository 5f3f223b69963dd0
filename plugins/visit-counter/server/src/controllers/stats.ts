import type { Core } from '@strapi/strapi';
import { adminMessage, callerMessage } from '../messages';
import { getCounter as counter } from '../services/counter';

const ID = /^[a-z0-9]{20,40}$/;

type Ctx = {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  body: unknown;
  status: number;
  set(name: string, value: string): void;
  badRequest(message: string, details?: unknown): void;
  get(name: string): string;
  state: { user?: { id?: number; firstname?: string | null; lastname?: string | null; username?: string | null; email?: string } };
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/visit-counter/stats — site total, today, online now. */
  async site(ctx: Ctx) {
    const service = counter(strapi);
    ctx.set('Cache-Control', `public, max-age=${service.config.statsCacheSeconds}`);
    ctx.body = { data: await service.siteStats() };
  },

  /** GET /api/visit-counter/articles/:documentId — views of one article. */
  async article(ctx: Ctx) {
    const { documentId } = ctx.params;
    if (!documentId || !ID.test(documentId)) {
      return ctx.badRequest(callerMessage(ctx, 'articleInvalid'));
    }
    const service = counter(strapi);
    const views = await service.articleViews([documentId]);
    ctx.set('Cache-Control', `public, max-age=${service.config.statsCacheSeconds}`);
    ctx.body = { data: { documentId, views: views.get(documentId) ?? 0 } };
  },

  /** Admin: 30-day chart data and top articles. */
  async overview(ctx: Ctx) {
    const raw = Number(ctx.query.days ?? 30);
    const days = Number.isInteger(raw) && raw >= 1 && raw <= 366 ? raw : 30;
    ctx.body = { data: await counter(strapi).overview(days) };
  },

  /** Admin: the starting total (continuity with an older counter). */
  async updateSettings(ctx: Ctx) {
    const body = (ctx.request.body ?? {}) as { startingTotal?: unknown };
    const value = body.startingTotal;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      return ctx.badRequest(adminMessage('startingTotalInvalid'));
    }
    await counter(strapi).setStartingTotal(value);
    ctx.body = { data: { startingTotal: value } };
  },

  /** Admin (Super Admin): set the site total to a corrected figure, with a reason; recorded. */
  async correctTotal(ctx: Ctx) {
    const body = (ctx.request.body ?? {}) as { total?: unknown; reason?: unknown };
    const { total } = body;
    const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
    if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0) {
      return ctx.badRequest(adminMessage('totalInvalid'));
    }
    if (reason.length < 3 || reason.length > 500 || reason.includes('\u0000')) {
      return ctx.badRequest(adminMessage('reasonInvalid'));
    }
    const user = ctx.state.user ?? {};
    const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email || 'admin';
    const correction = await counter(strapi).correctTotal(total, reason, { id: user.id ?? null, name });
    ctx.body = { data: correction };
  },
});
