import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { Redis } from 'ioredis';
import { getConfig } from '../utils/config';

/**
 * The CMS node's Redis connections: at most one client for commands and one subscriber for pub/sub,
 * created on first use. Keys are namespaced: `key('reviews', 'captcha', sig)` →
 * `<REDIS_PREFIX>reviews:captcha:<sig>`. Each connection is named `<REDIS_PREFIX><host>-<pid>:main` or `:sub`
 * (`redis-cli client list` shows which node holds which).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { url, prefix } = getConfig(strapi).redis;
  let client: Redis | null = null;
  let subscriber: Redis | null = null;
  const handlers = new Map<string, Set<(message: string) => void>>();
  const reconnectHandlers = new Set<() => void>();

  // Redis refuses spaces and newlines in a client name.
  const node = `${prefix}${os.hostname()}-${process.pid}`.replace(/[^\w:.-]/g, '_');

  const connect = (role: 'main' | 'sub') => {
    const redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, connectionName: `${node}:${role}` });
    redis.on('error', (error: Error) => strapi.log.warn(`[portal-core] redis (${role}): ${error.message}`));
    return redis;
  };

  const service = {
    /** True when REDIS_URL is set. */
    enabled: url !== '',
    prefix,
    key: (...parts: string[]) => `${prefix}${parts.join(':')}`,
    /** The shared command connection (throws when Redis is not configured). */
    client(): Redis {
      if (!url) throw new Error('portal-core: Redis is not configured (REDIS_URL)');
      client ??= connect('main');
      return client;
    },
    /** Listen on a channel (namespaced); one subscriber connection serves every channel. */
    async subscribe(channel: string, handler: (message: string) => void): Promise<void> {
      if (!url) return;
      const name = service.key(channel);
      if (!subscriber) {
        subscriber = connect('sub');
        let readyBefore = false;
        subscriber.on('ready', () => {
          if (readyBefore) for (const h of reconnectHandlers) h();
          readyBefore = true;
        });
        subscriber.on('message', (ch: string, message: string) => {
          for (const h of handlers.get(ch) ?? []) h(message);
        });
      }
      if (!handlers.has(name)) {
        handlers.set(name, new Set());
        await subscriber.subscribe(name);
      }
      handlers.get(name)!.add(handler);
    },
    /** Called each time the subscriber connects again after losing Redis (messages of the gap are lost). */
    onReconnect(handler: () => void): () => void {
      reconnectHandlers.add(handler);
      return () => reconnectHandlers.delete(handler);
    },
    async publish(channel: string, message: string): Promise<void> {
      if (!url) return;
      await service.client().publish(service.key(channel), message);
    },
    async close(): Promise<void> {
      for (const r of [client, subscriber]) await r?.quit().catch(() => r.disconnect());
      client = null;
      subscriber = null;
      handlers.clear();
      reconnectHandlers.clear();
    },
  };
  return service;
};
