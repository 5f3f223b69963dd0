import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { checkEnv, ensureSecrets } from '../env';

test('missing secrets are generated once, persisted, and kept on the next run', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'env-')), '.env');
  fs.writeFileSync(file, 'PORT=1337');
  const env: NodeJS.ProcessEnv = { APP_KEYS: 'toBeModified1,toBeModified2' };
  const generated = ensureSecrets(env, file);
  assert.deepEqual(generated.sort(), [
    'ADMIN_JWT_SECRET',
    'API_TOKEN_SALT',
    'APP_KEYS',
    'ENCRYPTION_KEY',
    'JWT_SECRET',
    'REVALIDATE_SECRET',
    'TRANSFER_TOKEN_SALT',
  ]);
  assert.equal(env.APP_KEYS!.split(',').length, 4);
  const written = fs.readFileSync(file, 'utf8');
  assert.match(written, /^PORT=1337\n# generated/);
  assert.ok(written.includes(`APP_KEYS=${env.APP_KEYS}`));
  assert.deepEqual(ensureSecrets(env, file), [], 'nothing to generate the second time');
  assert.equal(fs.readFileSync(file, 'utf8'), written);
});

test('secrets already set are never replaced', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'env-')), '.env');
  const env: NodeJS.ProcessEnv = { JWT_SECRET: 'kept' };
  ensureSecrets(env, file);
  assert.equal(env.JWT_SECRET, 'kept');
  assert.doesNotMatch(fs.readFileSync(file, 'utf8'), /^JWT_SECRET=/m);
});

test('checkEnv names the variable and the allowed values', () => {
  assert.equal(checkEnv({}), null);
  assert.equal(checkEnv({ DATABASE_CLIENT: 'postgres' }), null);
  assert.equal(checkEnv({ DATABASE_CLIENT: 'mysql' }), 'Invalid DATABASE_CLIENT="mysql": allowed values are sqlite, postgres.');
  assert.match(checkEnv({ NODE_ENV: 'prod' })!, /^Invalid NODE_ENV="prod": allowed values are development, production, test\.$/);
  assert.match(checkEnv({ DATABASE_PORT: '54x' })!, /DATABASE_PORT="54x": expected a whole number/);
  assert.match(checkEnv({ DATABASE_CLIENT: 'postgres', DATABASE_URL: 'mysql://x' })!, /DATABASE_URL/);
});
