import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * A read-only API token may `find` / `findOne` every content-API scope — including the users, roles
 * and permissions of users-permissions (emails) and the whole media library (files of unpublished
 * news). Partners get the portal's published content only: these scopes are refused to any API
 * token, over REST and GraphQL alike, by wrapping Strapi's single authorization check.
 */
export const STAFF_SCOPES = /^plugin::(users-permissions\.(user|role|permissions)|upload\.content-api)\./;

export const refusedForTokens = (scopes: string[]) => scopes.some((scope) => STAFF_SCOPES.test(scope));

type Auth = { strategy?: { name?: string } } | undefined;
type Verify = (auth: Auth, config?: { scope?: string | string[] } | false) => Promise<unknown>;

export function guardTokenScopes(strapi: Core.Strapi) {
  const auth = strapi.get('auth') as { verify: Verify };
  const verify = auth.verify.bind(auth);
  auth.verify = async (who, config) => {
    const scope = config ? config.scope : undefined;
    const scopes = scope === undefined ? [] : Array.isArray(scope) ? scope : [scope];
    if (/api-token$/.test(who?.strategy?.name ?? '') && refusedForTokens(scopes)) throw new errors.ForbiddenError();
    return verify(who, config);
  };
}
