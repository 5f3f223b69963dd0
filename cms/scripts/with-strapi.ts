/**
 * Runs a script against the real Strapi app (same config and database as `strapi start`), without
 * starting the HTTP server, and shuts it down cleanly.
 */
import { compileStrapi, createStrapi } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';

type Pool = { numPendingAcquires(): number; numPendingCreates(): number; numUsed(): number };

/**
 * Strapi emits content events (webhooks, lifecycles) after a transaction commits; they query the
 * database asynchronously. Destroying the pool under them aborts those queries and crashes the
 * process, so wait until the pool is idle (at most a few seconds).
 */
async function settle(strapi: Core.Strapi, timeoutMs = 5000): Promise<void> {
  const pool = (strapi.db.connection as unknown as { client: { pool?: Pool } }).client.pool;
  const deadline = Date.now() + timeoutMs;
  await new Promise((r) => setTimeout(r, 50));
  while (pool && Date.now() < deadline && pool.numPendingAcquires() + pool.numPendingCreates() + pool.numUsed() > 0) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function withStrapi<T>(fn: (strapi: Core.Strapi) => Promise<T>): Promise<T> {
  process.env.LOG_LEVEL ??= 'warn';
  const context = await compileStrapi({ ignoreDiagnostics: true } as never);
  const strapi = await createStrapi(context).load();
  try {
    return await fn(strapi);
  } finally {
    await settle(strapi);
    await strapi.destroy();
  }
}
