import type { Core } from '@strapi/strapi';
import type { FeedService } from './services/feed-service.js';

/** The plugin's one stateful service (config, rate limiter, response cache, persisted operations). */
export const getFeed = (strapi: Core.Strapi): FeedService => strapi.plugin('partner-feed').service<FeedService>('feed');
