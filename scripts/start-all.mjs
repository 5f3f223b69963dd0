#!/usr/bin/env node
// `npm start`: build what changed, seed an empty database, then run the CMS (:1337) and the web
// portal (:3000) in production mode (START_PROFILE) on the embedded default (SQLite, in-process
// services). Ctrl+C stops both. `npm run develop` runs the CMS in development mode for schema work.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, START_PROFILE, buildCms, buildWeb, readEnvFile, run, say, waitFor } from './lib.mjs';
import { requestRevalidation, tags } from '@portal/contract';
import { hostLabel } from '@portal/strapi-plugin-core/shared';

const CMS_PORT = process.env.PORT ?? '1337';
const WEB_PORT = process.env.WEB_PORT ?? '3000';
const base = { ...process.env, ...START_PROFILE, STRAPI_TELEMETRY_DISABLED: 'true', NEXT_TELEMETRY_DISABLED: '1' };

if ((await buildCms()) !== 0) process.exit(1);

say('Seeding demo content (skipped when the database already has content)');
const seeded = await run('npm', ['run', 'seed', '-w', 'cms', '--', '--if-empty'], { env: base });
if (seeded.code !== 0) process.exit(seeded.code);

// The seed generated cms/.env on a first run; the web needs the same revalidation secret.
const cmsEnv = readEnvFile(path.join(ROOT, 'cms', '.env'));
const secret = process.env.REVALIDATE_SECRET || cmsEnv.REVALIDATE_SECRET;
const env = {
  ...base,
  REVALIDATE_SECRET: secret,
  CMS_URL: process.env.CMS_URL ?? `http://127.0.0.1:${CMS_PORT}`,
  WEB_URL: process.env.WEB_URL ?? `http://127.0.0.1:${WEB_PORT}`,
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${WEB_PORT}`,
};

/** Two of the demo's communes and wards the start box shows (issue 24 names them); their labels are the core's. */
const SHOWN_UNITS = ['Xã Cẩm Xuyên', 'Phường Thành Sen'];

/**
 * The start box's lines for the communes: each host asked of the CMS's host map, so a line is printed only
 * for a site that answers (a database seeded before sites has none) and with the host the CMS says.
 */
async function communeLines() {
  const root = process.env.PORTAL_ROOT_DOMAIN || 'localhost';
  const lines = [];
  for (const name of SHOWN_UNITS) {
    const host = `${hostLabel(name)}.${root}`;
    const res = await fetch(`http://127.0.0.1:${CMS_PORT}/api/portal-core/site?host=${host}`, { signal: AbortSignal.timeout(5000) }).catch(
      () => null,
    );
    const site = res?.ok ? (await res.json()).data : null;
    if (site) lines.push(`http://${site.primaryHost}:${WEB_PORT}/vi  (${site.name})`);
  }
  if (!lines.length) return '';
  // Honest until the web resolves its host (issue 24): today every host shows the province's pages.
  const note = 'for now every host shows the province’s pages';
  return `  Communes:    ${lines.join('\n               ')}\n               (${note})\n`;
}

const children = [];
let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function launch(name, args, cwd) {
  const child = spawn(process.execPath, args, { cwd, env, stdio: 'inherit' });
  // One part stopping does not take the other down: with the CMS stopped, the web keeps serving
  // its cached pages. Ctrl+C stops both.
  child.on('exit', (code) => {
    if (!stopping) say(`${name} stopped (${code ?? 'signal'}); Ctrl+C stops the rest`);
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) stop(code ?? 1);
  });
  children.push(child);
}

say(`Starting the CMS on http://localhost:${CMS_PORT}`);
launch('CMS', [path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], path.join(ROOT, 'cms'));
if (!(await waitFor(`http://127.0.0.1:${CMS_PORT}/_health`))) {
  say('The CMS did not start');
  stop(1);
} else {
  if ((await buildWeb({ env })) !== 0) stop(1);
  else {
    say(`Starting the web portal on http://localhost:${WEB_PORT}`);
    launch('Web', [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', WEB_PORT], path.join(ROOT, 'web'));
    if (await waitFor(`http://127.0.0.1:${WEB_PORT}/vi`, { statuses: [200] })) {
      // Content may have changed while the web was down: mark every cached page for refresh.
      await requestRevalidation(`http://127.0.0.1:${WEB_PORT}`, secret, [tags.site]).catch(() => {});
      process.stdout.write(
        `\n  Portal:      http://localhost:${WEB_PORT}/vi  (English: /en)\n${await communeLines()}` +
          `  CMS admin:   http://localhost:${CMS_PORT}/admin\n  GraphQL:     http://localhost:${CMS_PORT}/graphql\n\n`,
      );
    }
  }
}
