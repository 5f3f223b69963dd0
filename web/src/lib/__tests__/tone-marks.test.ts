/**
 * One Vietnamese tone-mark style across the interface: the mark sits on the first vowel of an open
 * "oa", "oe" or "uy" syllable ("Xóa", "Hủy", "Văn hóa"), never on the second ("Xoá", "Huỷ"). Every
 * UI string the portal shows lives in these files; a new one written the other way fails here.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const SOURCES = [
  'web/src/lib/i18n',
  'web/src/components',
  'web/src/app',
  'web/public',
  ...fs.readdirSync(path.join(ROOT, 'plugins')).map((p) => `plugins/${p}/server/src`),
  ...fs.readdirSync(path.join(ROOT, 'plugins')).map((p) => `plugins/${p}/admin/src`),
];

// o/u followed by a toned a, e or y that ends the syllable; "qu" is a consonant ("quý" is right).
const SECOND_VOWEL_MARK = /(?<!\p{L})\p{L}*?(?<![qQ])[oOuU][áàảãạéèẻẽẹýỳỷỹỵÁÀẢÃẠÉÈẺẼẸÝỲỶỸỴ](?!\p{L})/gu;

function files(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter(
      (e) =>
        e.isFile() && /\.(tsx?|js|json)$/.test(e.name) && !e.parentPath.includes('__tests__') && !e.parentPath.includes('node_modules'),
    )
    .map((e) => path.join(e.parentPath, e.name));
}

test('UI strings use one tone-mark style: Xóa, Hủy, tùy chọn (not Xoá, Huỷ, tuỳ chọn)', () => {
  const found: string[] = [];
  for (const file of SOURCES.flatMap(files)) {
    const text = fs.readFileSync(file, 'utf8').normalize('NFC');
    for (const match of text.matchAll(SECOND_VOWEL_MARK)) found.push(`${path.relative(ROOT, file)}: ${match[0]}`);
  }
  assert.deepEqual(found, []);
});

test('the check itself tells the two styles apart', () => {
  const hits = (text: string) => [...text.matchAll(SECOND_VOWEL_MARK)].map((m) => m[0]);
  assert.deepEqual(hits('Xoá bộ lọc, Huỷ, tuỳ chọn, hoà giải'), ['Xoá', 'Huỷ', 'tuỳ', 'hoà']);
  assert.deepEqual(hits('Xóa bộ lọc, Hủy, tùy chọn, hòa giải, quý, Quý III, hoàn thành, khuyến, Thúy'), []);
});
