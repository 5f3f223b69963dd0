#!/usr/bin/env node
// Compile the server side of every local Strapi plugin (plugins/<name>/tsconfig.json) to
// plugins/<name>/dist. Strapi loads only compiled `strapi-server` entries; the admin side is
// bundled from TypeScript sources by `strapi build`.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, run, say } from './lib.mjs';

const dir = path.join(ROOT, 'plugins');
const names = fs
  .readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'tsconfig.json')))
  .map((e) => e.name)
  .sort();
let failed = 0;
for (const name of names) {
  say(`Compiling plugin ${name}`);
  fs.rmSync(path.join(dir, name, 'dist'), { recursive: true, force: true });
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const { code } = await run(process.execPath, [tsc, '-p', path.join(dir, name, 'tsconfig.json')]);
  if (code !== 0) failed++;
}
process.exit(failed ? 1 : 0);
