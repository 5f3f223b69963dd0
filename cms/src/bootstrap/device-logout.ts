import type { Core } from '@strapi/strapi';

/** Strapi's session rows and refresh cookie (@strapi/admin, shared/utils/session-auth.js). */
const SESSION = 'admin::session';
const REFRESH_COOKIE = 'strapi_admin_refresh';
/**
 * A device id no session has: Strapi's logout given it deletes nothing by device (the caller's own
 * device-less session is revoked by id beforehand).
 */
const NO_DEVICE = 'portal:no-device';

type Ctx = {
  request: { body?: unknown };
  state: { user?: { id: number | string }; session?: { id?: string } };
  cookies: { get(name: string): string | undefined };
};
type Handler = (ctx: Ctx, next?: () => Promise<unknown>) => unknown;
type SessionRow = { sessionId: string; userId: string; origin: string; deviceId?: string | null };

/**
 * `POST /admin/logout` ends only the device that asked. Strapi's controller, given no `deviceId`, deletes
 * every admin session of the account, and the admin sends none on its forced-logout path (a 401, another
 * tab logging out): a reporter whose session lapsed on the laptop was then also thrown out of the phone,
 * losing unsaved work there. Here a logout without a device id names the caller's own device, found from
 * the session behind the access token or, failing that, behind the refresh cookie. An explicit `deviceId`
 * keeps Strapi's path; ending every session stays the Sessions page's `DELETE /admin/users/me/sessions`.
 */
export function registerDeviceLogout(strapi: Core.Strapi): void {
  strapi.get('controllers').extend('admin::authentication', (controller: Record<string, Handler>) => {
    const logout = controller.logout!;
    return {
      ...controller,
      async logout(ctx: Ctx, next?: () => Promise<unknown>) {
        const body = (ctx.request.body ?? {}) as Record<string, unknown>;
        const userId = ctx.state.user ? String(ctx.state.user.id) : null;
        if (userId && !(typeof body.deviceId === 'string' && body.deviceId)) {
          const own = await callersSessions(strapi, ctx, userId);
          const deviceId = own.find((s) => typeof s.deviceId === 'string' && s.deviceId)?.deviceId;
          if (!deviceId) {
            for (const s of own) await strapi.sessionManager('admin').revokeSessionById(userId, s.sessionId);
          }
          ctx.request.body = { ...body, deviceId: deviceId ?? NO_DEVICE };
        }
        return logout.call(controller, ctx, next);
      },
    };
  });
}

/** The admin sessions of `userId` this request holds: the access token's, then the refresh cookie's. */
async function callersSessions(strapi: Core.Strapi, ctx: Ctx, userId: string): Promise<SessionRow[]> {
  const ids = new Set<string>();
  if (ctx.state.session?.id) ids.add(ctx.state.session.id);
  const cookie = ctx.cookies.get(REFRESH_COOKIE);
  if (cookie) {
    const refresh = await strapi.sessionManager('admin').validateRefreshToken(cookie);
    if (refresh.isValid && refresh.sessionId) ids.add(refresh.sessionId);
  }
  if (!ids.size) return [];
  const rows = (await strapi.db.query(SESSION).findMany({ where: { sessionId: { $in: [...ids] } } })) as SessionRow[];
  return rows.filter((s) => s.userId === userId && s.origin === 'admin');
}
