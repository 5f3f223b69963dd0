import type { PublicChange } from '../../../shared/index.js';
import type { PublicChangeTransport } from '../services/public-changes';

/** The channel (under REDIS_PREFIX) that carries public-change events between CMS nodes. */
export const PUBLIC_CHANGES_CHANNEL = 'public-changes';

interface PubSub {
  publish(channel: string, message: string): Promise<void>;
  subscribe(channel: string, handler: (message: string) => void): Promise<void>;
}

/**
 * Public-change events over the core's Redis pub/sub: `{ from: <node id>, change }` as JSON on
 * `<REDIS_PREFIX>public-changes`. A node skips its own messages (it ran its listeners already).
 * Pub/sub delivers at most once: a node that was disconnected catches up from the database instead
 * (search's catch-up, the feed cache's time limit).
 */
export function redisTransport(redis: PubSub, nodeId: string, onError: (message: string) => void): PublicChangeTransport {
  return {
    send: (change) => redis.publish(PUBLIC_CHANGES_CHANNEL, JSON.stringify({ from: nodeId, change })),
    start: (receive) =>
      redis.subscribe(PUBLIC_CHANGES_CHANNEL, (message) => {
        let parsed: { from?: unknown; change?: PublicChange };
        try {
          parsed = JSON.parse(message) as typeof parsed;
        } catch {
          return onError('a public-change message that is not JSON was ignored');
        }
        if (parsed.from === nodeId || !parsed.change?.uid || !parsed.change.documentId) return;
        void receive(parsed.change).catch((e: Error) => onError(e.message));
      }),
  };
}
