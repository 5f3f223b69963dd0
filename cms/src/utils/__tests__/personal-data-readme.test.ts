/**
 * The README's table of personal data is the registry's (config/contract/personal-data.js): a field added
 * to the registry, or a retention default changed, without the README following fails here.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PERSONAL_FIELDS, personalDataTable } from '@portal/contract/personal-data';

test('the README lists every personal field the portal stores, as the registry says', () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'README.md'), 'utf8');
  const found = /<!-- personal-data-table:start -->\n([\s\S]*?)\n<!-- personal-data-table:end -->/.exec(readme);
  assert.ok(found, 'the README has the personal-data table');
  assert.equal(
    found[1],
    personalDataTable(),
    'regenerate the table: node -e "console.log(require(\'./config/contract/personal-data.js\').personalDataTable())"',
  );
  for (const field of PERSONAL_FIELDS) assert.ok(found[1].includes(field.store), field.id);
});
