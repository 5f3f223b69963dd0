/**
 * Types of the core's services, for the plugins that depend on it (peer dependency, type-only import):
 *
 *   import type { CoreServices } from '@portal/strapi-plugin-core/types';
 *   const core = <K extends keyof CoreServices>(strapi: Core.Strapi, name: K) =>
 *     strapi.plugin('portal-core').service<CoreServices[K]>(name);
 */
import type services from './services';

export type CoreServices = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };
export type { CoreConfig } from './config';
export type { LimitDecision, LimitRule, Limiter } from './services/rate-limits';
export type { RequestLike } from './services/client-address';
export type { PublicChange, PublicChangeAction, PublicChangeListener, PublishedVersion } from './services/public-changes';
export type { PersonalDataOwner, RetentionCutoffs } from './services/personal-data';
export type { PublicSite, Site, SiteFeatures, SiteKind, SiteState } from './services/sites';
