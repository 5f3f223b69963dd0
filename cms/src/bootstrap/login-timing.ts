import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';

type Credentials = { email: string; password: string };
type AuthService = {
  checkCredentials(credentials: Credentials): Promise<[unknown, unknown, unknown]>;
  validatePassword(password: string, hash: string): Promise<boolean>;
  hashPassword(password: string): Promise<string>;
};

/**
 * The admin login takes as long for an e-mail nobody has (or an invited account without a password yet) as
 * for a staff member's: Strapi answers those at once, without comparing any hash, which tells an outsider
 * who works at the desk. Here the password is first compared with a dummy bcrypt hash of the same cost.
 */
export async function registerEvenLoginTiming(strapi: Core.Strapi): Promise<void> {
  const auth = strapi.service('admin::auth') as unknown as AuthService;
  const dummy = await auth.hashPassword(crypto.randomBytes(24).toString('base64url'));
  const check = auth.checkCredentials.bind(auth);
  auth.checkCredentials = async (credentials) => {
    const email = typeof credentials.email === 'string' ? credentials.email : '';
    const user = email ? await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id', 'password'] }) : null;
    if (!user?.password) await auth.validatePassword(String(credentials.password ?? ''), dummy);
    return check(credentials);
  };
}
