/**
 * `npm test`'s end-to-end run: every `*.test.ts` file of this folder in one process, so they share one
 * stack (see startStack). Files are found here, so a new one is included without editing this list.
 * They are loaded synchronously, so every file's hooks and tests are registered before the first runs;
 * portal.test.ts goes last because its final test stops the CMS.
 */
import fs from 'node:fs';
import path from 'node:path';

const LAST = 'portal.test.ts';
const files = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.test.ts'))
  .sort((a, b) => Number(a === LAST) - Number(b === LAST) || a.localeCompare(b));
// eslint-disable-next-line @typescript-eslint/no-require-imports -- synchronous loading is the point (see above)
for (const file of files) require(path.join(__dirname, file));
