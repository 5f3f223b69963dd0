import type { Core } from '@strapi/strapi';
import type { RetentionKey } from '@portal/contract/personal-data';
import { csvField } from '../utils/audit-csv';
import { AUDIT_TABLE, recordAdminAction, type AdminUser } from './audit-trail';

/**
 * Personal data in the CMS's own tables (Law 91/2025), and the IT team's tool over every owner:
 *
 *  - The audit trail's personal fields: client addresses and the e-mails typed in failed logins are blanked
 *    past their retention by the core's daily `personal-data-purge` job (the entries stay).
 *  - GET /admin/personal-data?email=… (find), GET /admin/personal-data/export?email=…&format=json|csv and
 *    POST /admin/personal-data/erase {email}: Super Admins only; each use is an audit entry
 *    (`personal-data`, with the e-mail masked and the counts).
 */
type Ctx = {
  query: Record<string, unknown>;
  request: { body?: Record<string, unknown> };
  state: { user?: AdminUser & { roles?: Array<{ code?: string }> } };
  status: number;
  body: unknown;
  set(name: string, value: string): void;
};
type Row = Record<string, unknown>;
/** The core's `PersonalDataOwner` (plugins/core/server/src/services/personal-data.ts), as this app uses it. */
interface PersonalDataOwner {
  purge(cutoffs: Record<RetentionKey, Date>): Promise<Record<string, number>>;
  find(email: string): Promise<Record<string, Row[]>>;
  erase(email: string): Promise<Record<string, number>>;
}

const SUPER_ADMIN = 'strapi-super-admin';
const EMAIL = /^[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[^\s@<>()"',;]{2,}$/;
/** The trail names whose data was handled without keeping the address whole: "h***@example.vn". */
const masked = (email: string) => email.replace(/^(.)[^@]*/, '$1***');

const detailsOf = (raw: unknown): Row => {
  try {
    return raw ? (JSON.parse(String(raw)) as Row) : {};
  } catch {
    return {};
  }
};

function auditOwner(strapi: Core.Strapi): PersonalDataOwner {
  const table = () => strapi.db.getConnection(AUDIT_TABLE);
  const dropAddresses = async (rows: Row[]) => {
    for (const row of rows) {
      const { address: _dropped, ...rest } = detailsOf(row.details);
      await table()
        .where({ id: row.id })
        .update({ details: JSON.stringify(rest) });
    }
    return rows.length;
  };
  const withAddress = () => table().where('details', 'like', '%"address"%');
  return {
    async purge(cutoffs) {
      const failedLoginEmails = await table()
        .where({ action: 'login-failed' })
        .whereNotNull('actor_email')
        .andWhere('occurred_at', '<', cutoffs.failedLoginEmail)
        .update({ actor_email: null, actor_name: '—', title: null });
      const auditAddresses = await dropAddresses(
        await withAddress().andWhere('occurred_at', '<', cutoffs.auditAddress).select('id', 'details'),
      );
      return { failedLoginEmails, auditAddresses };
    },
    async find(email) {
      const rows = (await table()
        .where({ actor_email: email })
        .orderBy('id')
        .select('id', 'occurred_at', 'action', 'actor_name', 'actor_email', 'title', 'details')) as Row[];
      return {
        entries: rows.map((r) => ({
          id: Number(r.id),
          occurredAt: new Date(r.occurred_at as string).toISOString(),
          action: r.action,
          name: r.actor_name,
          email: r.actor_email,
          title: r.title,
          address: detailsOf(r.details).address ?? null,
        })),
      };
    },
    async erase(email) {
      // Failed logins are blanked; a staff member's own actions stay attributed (accountability), as the notice says.
      const failed = (await table().where({ action: 'login-failed', actor_email: email }).select('id', 'details')) as Row[];
      await dropAddresses(failed);
      const failedLogins = await table()
        .where({ action: 'login-failed', actor_email: email })
        .update({ actor_email: null, actor_name: '—', title: null });
      return { failedLogins };
    },
  };
}

const personalData = (strapi: Core.Strapi) =>
  strapi.plugin('portal-core').service<{
    register(name: string, owner: PersonalDataOwner): void;
    find(email: string): Promise<Record<string, Row[]>>;
    erase(email: string): Promise<Record<string, number>>;
  }>('personal-data');

/** Super Admin and a well-formed e-mail, or a 4xx in Vietnamese and English; the e-mail otherwise. */
function checked(ctx: Ctx, raw: unknown): string | null {
  const refuse = (status: number, name: string, message: string) => {
    ctx.status = status;
    ctx.body = { data: null, error: { status, name, message } };
    return null;
  };
  if (!ctx.state.user?.roles?.some((r) => r.code === SUPER_ADMIN))
    return refuse(
      403,
      'ForbiddenError',
      'Chỉ Quản trị cấp cao mới tra cứu được dữ liệu cá nhân. / Only Super Admins may handle personal data.',
    );
  const email = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (!EMAIL.test(email) || email.length > 254)
    return refuse(400, 'ValidationError', 'Vui lòng nhập một địa chỉ email hợp lệ. / Please give a valid e-mail address.');
  return email;
}

const count = (found: Record<string, Row[]>) => Object.fromEntries(Object.entries(found).map(([kind, rows]) => [kind, rows.length]));

function toCsv(email: string, found: Record<string, Row[]>): string {
  const lines = ['kind,field,value'];
  for (const [kind, rows] of Object.entries(found))
    for (const row of rows)
      for (const [field, value] of Object.entries(row)) lines.push([kind, `${row.id}.${field}`, value].map(csvField).join(','));
  return `\uFEFF# ${email}\r\n${lines.join('\r\n')}\r\n`;
}

function registerRoutes(strapi: Core.Strapi): void {
  const policies = { policies: ['admin::isAuthenticatedAdmin'] };
  const record = (ctx: Ctx, kind: string, email: string, counts: Record<string, number>) =>
    recordAdminAction(strapi, ctx.state.user, { action: 'personal-data', title: masked(email), details: { kind, counts } });
  strapi.server.routes({
    type: 'admin',
    prefix: '/admin',
    routes: [
      {
        method: 'GET',
        path: '/personal-data',
        handler: async (ctx: Ctx) => {
          const email = checked(ctx, ctx.query.email);
          if (!email) return;
          const found = await personalData(strapi).find(email);
          await record(ctx, 'find', email, count(found));
          ctx.set('Cache-Control', 'no-store');
          ctx.body = { data: { email, found } };
        },
        config: policies,
        info: { type: 'admin' },
      },
      {
        method: 'GET',
        path: '/personal-data/export',
        handler: async (ctx: Ctx) => {
          const email = checked(ctx, ctx.query.email);
          if (!email) return;
          const found = await personalData(strapi).find(email);
          const csv = ctx.query.format === 'csv';
          await record(ctx, csv ? 'export-csv' : 'export-json', email, count(found));
          ctx.set('Cache-Control', 'no-store');
          ctx.set('Content-Disposition', `attachment; filename="du-lieu-ca-nhan.${csv ? 'csv' : 'json'}"`);
          ctx.set('Content-Type', csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
          ctx.body = csv ? toCsv(email, found) : JSON.stringify({ email, exportedAt: new Date().toISOString(), found }, null, 2);
        },
        config: policies,
        info: { type: 'admin' },
      },
      {
        method: 'POST',
        path: '/personal-data/erase',
        handler: async (ctx: Ctx) => {
          const email = checked(ctx, ctx.request.body?.email);
          if (!email) return;
          const erased = await personalData(strapi).erase(email);
          await record(ctx, 'erase', email, erased);
          ctx.body = { data: { erased } };
        },
        config: policies,
        info: { type: 'admin' },
      },
    ],
  });
}

export function registerPersonalData(strapi: Core.Strapi): void {
  registerRoutes(strapi);
}

export function bootstrapPersonalData(strapi: Core.Strapi): void {
  personalData(strapi).register('audit', auditOwner(strapi));
}
