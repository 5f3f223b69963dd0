import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, parseCsv, toCsv } from '../audit-csv';

test('the CSV export reads back field for field, Vietnamese, commas, quotes and line breaks included', () => {
  const row = {
    id: 1,
    occurredAt: '2026-11-30T01:02:03.000Z',
    action: 'publish',
    actorId: 2,
    actorName: 'Biên tập Viên',
    actorEmail: 'editor@portal.test',
    subjectType: 'api::article.article',
    documentId: 'abc123',
    title: 'Họp "dân", bàn\nchợ phiên',
    locale: 'vi',
    details: { from: ['Author'], to: ['Editor'] },
  };
  const csv = toCsv([row]);
  assert.ok(csv.startsWith('\uFEFFtime,action,who'), 'a byte-order mark and a header');
  const [back] = parseCsv(csv);
  assert.equal(back.title, row.title);
  assert.equal(back.who, 'Biên tập Viên');
  assert.deepEqual(JSON.parse(back.details!), row.details);
});

test('a formula-like value is not run by spreadsheets', () => {
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvField('+84 912'), "'+84 912");
});
