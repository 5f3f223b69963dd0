import path from 'path';
import type { Core } from '@strapi/strapi';
import { appRoot, preparePortalEnv } from '../src/utils/env';
import { prepareSqliteConnection, type SqliteConnection } from '../src/utils/sqlite';

/**
 * DATABASE_CLIENT=sqlite (default: an embedded file, no other service) or postgres
 * (DATABASE_URL, or DATABASE_HOST/PORT/NAME/USERNAME/PASSWORD).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  preparePortalEnv();
  const client = env('DATABASE_CLIENT', 'sqlite');
  const pool = { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) };

  if (client === 'postgres') {
    const ssl = env.bool('DATABASE_SSL', false) && {
      ca: env('DATABASE_SSL_CA', undefined),
      rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
    };
    return {
      connection: {
        client: 'postgres',
        // A DATABASE_URL, when set, takes precedence over the separate parts (node-postgres rule).
        connection: {
          connectionString: env('DATABASE_URL', undefined),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'portal'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          ssl,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool,
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(appRoot(), env('DATABASE_FILENAME', '.tmp/data.db')) },
      useNullAsDefault: true,
      // WAL, busy_timeout and transactions that take the write lock first: src/utils/sqlite.ts.
      pool: {
        afterCreate(native: unknown, done: (err?: Error, conn?: unknown) => void) {
          prepareSqliteConnection(native as SqliteConnection, {
            wal: env.bool('DATABASE_SQLITE_WAL', true),
            busyTimeoutMs: env.int('DATABASE_SQLITE_BUSY_TIMEOUT_MS', 15000),
          });
          done(undefined, native);
        },
      },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};

export default config;
