/** Boot-time configuration errors: one readable line, non-zero exit, no stack trace. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseEnv, createDatabase, strapiCommand } from '../helpers/portal';

for (const [name, value, allowed] of [
  ['DATABASE_CLIENT', 'mysql', /sqlite, postgres/],
  ['DATABASE_CLIENT', 'oracle', /sqlite, postgres/],
  ['PORT', 'eighty', /whole number/],
] as const) {
  test(`${name}=${value} stops boot with one line naming the variable`, async () => {
    const db = await createDatabase('sqlite');
    const res = await strapiCommand({ ...baseEnv(db), [name]: value }, 'start');
    await db.drop();
    assert.notEqual(res.code, 0);
    const lines = `${res.stdout}${res.stderr}`.trim().split('\n').filter(Boolean);
    assert.equal(lines.length, 1, `expected one line, got:\n${lines.join('\n')}`);
    assert.match(lines[0]!, new RegExp(`${name}="${value}"`));
    assert.match(lines[0]!, allowed);
  });
}
