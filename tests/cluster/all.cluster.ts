/**
 * `npm run test:cluster`'s own files in one process, so they share one cluster (harness.ts). Files are found
 * here, so a new one is included without editing this list; failures.test.ts goes last (it kills nodes).
 */
import fs from 'node:fs';
import path from 'node:path';

const LAST = 'failures.test.ts';
const files = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.test.ts'))
  .sort((a, b) => Number(a === LAST) - Number(b === LAST) || a.localeCompare(b));
// eslint-disable-next-line @typescript-eslint/no-require-imports -- synchronous loading registers every file's hooks first
for (const file of files) require(path.join(__dirname, file));
