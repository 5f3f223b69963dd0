/**
 * Demo staff accounts: one per desk role. Emails and passwords come from SEED_* variables; a missing
 * password is generated and printed once (it is stored only as Strapi's bcrypt hash).
 */
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';

interface AccountSpec {
  role: 'strapi-super-admin' | 'strapi-editor' | 'strapi-author';
  label: string;
  email: string;
  password?: string;
  firstname: string;
  lastname: string;
}

export function accountSpecs(env = process.env): AccountSpec[] {
  return [
    {
      role: 'strapi-super-admin',
      label: 'Super Admin (IT team)',
      email: env.SEED_ADMIN_EMAIL || 'admin@portal.local',
      password: env.SEED_ADMIN_PASSWORD,
      firstname: 'Quản trị',
      lastname: 'Hệ thống',
    },
    {
      role: 'strapi-editor',
      label: 'Editor (biên tập viên)',
      email: env.SEED_EDITOR_EMAIL || 'editor@portal.local',
      password: env.SEED_EDITOR_PASSWORD,
      firstname: 'Biên tập',
      lastname: 'Viên',
    },
    {
      role: 'strapi-author',
      label: 'Author (phóng viên)',
      email: env.SEED_AUTHOR_EMAIL || 'reporter@portal.local',
      password: env.SEED_AUTHOR_PASSWORD,
      firstname: 'Phóng',
      lastname: 'Viên',
    },
  ];
}

/** A password that satisfies Strapi's admin policy (8+ characters, upper, lower and a digit). */
export const generatePassword = () => `Pt${crypto.randomBytes(12).toString('base64url')}7`;

export interface CreatedAccount {
  label: string;
  email: string;
  password: string | null;
}

export async function seedAccounts(strapi: Core.Strapi, { resetPasswords = false } = {}): Promise<CreatedAccount[]> {
  const users = strapi.service('admin::user');
  const out: CreatedAccount[] = [];
  for (const spec of accountSpecs()) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code: spec.role } });
    if (!role) throw new Error(`admin role ${spec.role} is missing`);
    const existing = await strapi.db.query('admin::user').findOne({ where: { email: spec.email.toLowerCase() } });
    const password = spec.password || generatePassword();
    if (!existing) {
      await users.create({
        email: spec.email.toLowerCase(),
        firstname: spec.firstname,
        lastname: spec.lastname,
        password,
        roles: [role.id],
        isActive: true,
        registrationToken: null,
      });
      out.push({ label: spec.label, email: spec.email, password: spec.password ? null : password });
    } else if (resetPasswords) {
      await users.updateById(existing.id, { password });
      out.push({ label: spec.label, email: spec.email, password: spec.password ? null : password });
    }
  }
  return out;
}

export function printAccounts(accounts: CreatedAccount[], adminUrl: string): void {
  if (accounts.length === 0) return;
  const lines = [
    `Staff accounts for ${adminUrl}`,
    ...accounts.map((a) => `  ${a.label.padEnd(26)} ${a.email.padEnd(26)} ${a.password ?? '(password from SEED_* variable)'}`),
    'Generated passwords are shown only now. Lost one? npm run seed -- --reset-passwords',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  process.stdout.write(`\n${'='.repeat(width)}\n${lines.join('\n')}\n${'='.repeat(width)}\n\n`);
}
