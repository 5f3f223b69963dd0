import type { Core } from '@strapi/strapi';
import { preparePortalEnv } from '../src/utils/env';

/** The audit trail (src/bootstrap/audit-trail.ts): entries are kept AUDIT_RETENTION_DAYS days (default two years). */
const config = ({ env }: Core.Config.Shared.ConfigParams) => {
  preparePortalEnv();
  return { retentionDays: Math.max(1, env.int('AUDIT_RETENTION_DAYS', 730)) };
};

export default config;
