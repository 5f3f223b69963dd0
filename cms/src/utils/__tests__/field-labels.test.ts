import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FIELD_LABELS, TYPE_NAMES, fieldLabelMessages } from '../field-labels';

const SRC = path.resolve(__dirname, '..', '..');

/** Every content type and component of the app, read from their schema files (types added later are covered). */
function schemas(): Array<{ uid: string; displayName: string; attributes: string[] }> {
  const out: Array<{ uid: string; displayName: string; attributes: string[] }> = [];
  for (const api of fs.readdirSync(path.join(SRC, 'api'))) {
    const dir = path.join(SRC, 'api', api, 'content-types');
    if (!fs.existsSync(dir)) continue;
    for (const ct of fs.readdirSync(dir)) {
      const schema = JSON.parse(fs.readFileSync(path.join(dir, ct, 'schema.json'), 'utf8'));
      out.push({ uid: `api::${api}.${ct}`, displayName: schema.info.displayName, attributes: Object.keys(schema.attributes) });
    }
  }
  for (const category of fs.readdirSync(path.join(SRC, 'components'))) {
    for (const file of fs.readdirSync(path.join(SRC, 'components', category))) {
      const schema = JSON.parse(fs.readFileSync(path.join(SRC, 'components', category, file), 'utf8'));
      out.push({
        uid: `${category}.${file.replace(/\.json$/, '')}`,
        displayName: schema.info.displayName,
        attributes: Object.keys(schema.attributes),
      });
    }
  }
  return out;
}

test('every field of every content type and component has a Vietnamese label, a short hint and an English label', () => {
  const missing: string[] = [];
  for (const { uid, attributes } of schemas()) {
    for (const name of attributes) {
      const text = FIELD_LABELS[uid]?.[name];
      if (!text) missing.push(`${uid}.${name}`);
      else {
        assert.ok(text[0] && text[0] !== name && !/^[a-z]+[A-Z]/.test(text[0]), `${uid}.${name}: a label, not the internal name`);
        assert.ok(text[1] && text[1].length <= 90, `${uid}.${name}: a short hint`);
        assert.ok(text[2] && text[2] !== name && /^[A-Z]/.test(text[2]), `${uid}.${name}: an English label, not the internal name`);
      }
    }
  }
  assert.deepEqual(missing, [], 'fields without a Vietnamese label (src/utils/field-labels.ts)');
});

test('labels reach the admin under the content manager’s translation keys', () => {
  const messages = fieldLabelMessages();
  assert.equal(messages['content-manager.content-types.api::article.article.coverCaption'], 'Chú thích ảnh');
  assert.equal(messages['content-manager.components.shared.seo.metaTitle'], 'Tiêu đề SEO');
});

test('English labels reach the admin in English, never the internal name', () => {
  const messages = fieldLabelMessages('en');
  assert.equal(messages['content-manager.content-types.api::article.article.coverCaption'], 'Cover caption');
  assert.equal(messages['content-manager.content-types.api::article.article.sourceUnit'], 'Source unit');
  assert.equal(Object.keys(messages).length, Object.keys(fieldLabelMessages('vi')).length);
});

test('every content type and component has a Vietnamese name for the admin menu and headings', () => {
  const missing = schemas()
    .map((s) => s.displayName)
    .filter((name) => !TYPE_NAMES[name]);
  assert.deepEqual(missing, [], 'display names without a Vietnamese name (TYPE_NAMES in src/utils/field-labels.ts)');
});
