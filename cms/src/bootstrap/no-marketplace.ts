import type { Core } from '@strapi/strapi';

const MARKETPLACE = 'admin::marketplace.read';

/**
 * Staff are not offered Strapi's marketplace (an outside shop, unreachable from closed networks and no
 * place for a commune's editors): its permission is withdrawn from the admin, so the menu link and the
 * plugins page disappear for every role, Super Admins included. Runs at every boot, after Strapi's own.
 */
export async function removeMarketplace(strapi: Core.Strapi): Promise<void> {
  await strapi.service('admin::permission').actionProvider.delete(MARKETPLACE);
  await strapi.db.query('admin::permission').deleteMany({ where: { action: MARKETPLACE } });
}
