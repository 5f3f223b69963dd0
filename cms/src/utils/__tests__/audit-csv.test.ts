import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, parseCsv, toCsv } from '../audit-csv';
import { vietnameseCsvNames } from '../audit-labels';

const names = vietnameseCsvNames((uid) => ({ 'api::article.article': 'Article', 'admin::user': 'Staff account' })[uid]);

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
  const csv = toCsv([row], names);
  assert.ok(csv.startsWith('\uFEFFThời gian (giờ Việt Nam),Thao tác,Người thực hiện'), 'a byte-order mark and a header');
  const [back] = parseCsv(csv);
  assert.equal(back!['Nội dung'], row.title);
  assert.equal(back!['Người thực hiện'], 'Biên tập Viên');
  assert.deepEqual(JSON.parse(back!['Chi tiết']!), row.details);
});

test('the CSV speaks the desk’s language: Vietnam time, Vietnamese actions and types, "Hệ thống" for jobs', () => {
  const base = { id: 1, actorId: null, actorEmail: null, documentId: 'abc', title: 'Tin', locale: 'vi' };
  const rows = parseCsv(
    toCsv(
      [
        {
          ...base,
          occurredAt: '2026-11-30T17:02:03.000Z',
          action: 'publish',
          actorName: null,
          subjectType: 'api::article.article',
          details: null,
        },
        {
          ...base,
          occurredAt: '2026-01-05T01:00:00.000Z',
          action: 'update',
          actorName: 'Phóng Viên',
          subjectType: 'api::article.article',
          details: { reviewStatus: 'ready' },
        },
        {
          ...base,
          occurredAt: '2026-01-05T01:00:00.000Z',
          action: 'update',
          actorName: 'Biên Tập',
          subjectType: 'api::article.article',
          details: { reviewStatus: 'changes' },
        },
        {
          ...base,
          occurredAt: '2026-01-05T01:00:00.000Z',
          action: 'login',
          actorName: 'Biên Tập',
          subjectType: 'admin::user',
          details: null,
        },
      ],
      names,
    ),
  );
  assert.deepEqual(
    rows.map((r) => [r['Thời gian (giờ Việt Nam)'], r['Thao tác'], r['Người thực hiện'], r['Loại']]),
    [
      ['01/12/2026 00:02:03', 'Xuất bản', 'Hệ thống', 'Tin bài'],
      ['05/01/2026 08:00:00', 'Gửi duyệt', 'Phóng Viên', 'Tin bài'],
      ['05/01/2026 08:00:00', 'Trả lại phóng viên', 'Biên Tập', 'Tin bài'],
      ['05/01/2026 08:00:00', 'Đăng nhập', 'Biên Tập', 'Tài khoản quản trị'],
    ],
  );
});

test('a formula-like value is not run by spreadsheets', () => {
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvField('+84 912'), "'+84 912");
});
