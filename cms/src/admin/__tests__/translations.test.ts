import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import vi from '../translations/vi.json';

/**
 * Where each part of Strapi's admin keeps its English messages, and the prefix its keys get in the admin (a
 * plugin's keys are prefixed with the plugin's id; the admin's own are not).
 */
const SOURCES: Array<{ pkg: string; dir: string; prefix: string }> = [
  { pkg: '@strapi/admin', dir: 'dist/admin/admin/src/translations', prefix: '' },
  { pkg: '@strapi/content-manager', dir: 'dist/admin/translations', prefix: 'content-manager.' },
  { pkg: '@strapi/upload', dir: 'dist/admin/translations', prefix: 'upload.' },
  { pkg: '@strapi/i18n', dir: 'dist/admin/translations', prefix: 'i18n.' },
];

/** Every message of Strapi's English admin, keyed as the admin looks it up. */
function strapiEnglish(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { pkg, dir, prefix } of SOURCES) {
    const file = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), dir, 'en.json.js');
    assert.ok(fs.existsSync(file), `Strapi's English messages: ${file}`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- Strapi ships its messages as CommonJS modules
    const mod = require(file) as { default?: Record<string, unknown> } & Record<string, unknown>;
    for (const [key, text] of Object.entries(mod.default ?? mod)) if (typeof text === 'string') out[prefix + key] = text;
  }
  return out;
}

/**
 * Message ids Strapi's admin code asks for that its English file lacks (the code's default is the English): every
 * quoted id-like literal of the packages' admin code, also with the plugin's prefix (plugins build `<id>.<key>`).
 */
function idsInCode(): Set<string> {
  const out = new Set<string>();
  for (const { pkg, prefix } of SOURCES) {
    const root = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'dist', 'admin');
    for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.mjs') || entry.parentPath.includes('translations')) continue;
      const code = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      for (const m of code.matchAll(/['"`]([\w-]+(?:\.[\w -]+)+)['"`]/g)) {
        out.add(m[1]!);
        if (prefix) out.add(prefix + m[1]!);
      }
    }
  }
  return out;
}

/**
 * The arguments an ICU message reads (`{name}`, `{n, plural, one {…}}`, also inside plural and select branches):
 * `all` of them, and those it prints (`printed`: not only choosing a plural or select branch).
 */
function args(message: string): { all: Set<string>; printed: Set<string> } {
  const all = new Set<string>();
  const printed = new Set<string>();
  // Reads a message until its closing brace (or the end); returns the index after it.
  const text = (i: number): number => {
    while (i < message.length && message[i] !== '}') i = message[i] === '{' ? argument(i + 1) : i + 1;
    return i + 1;
  };
  const argument = (i: number): number => {
    const head = /^\s*(\w+)\s*(?:,\s*(\w+)\s*)?/.exec(message.slice(i))!;
    all.add(head[1]!);
    i += head[0].length;
    const choice = ['plural', 'select', 'selectordinal'].includes(head[2] ?? '');
    if (!choice) printed.add(head[1]!);
    if (message[i] === '}') return i + 1;
    if (!choice) return message.indexOf('}', i) + 1;
    i += 1; // the comma after the type
    for (;;) {
      while (/\s/.test(message[i] ?? '')) i += 1;
      if (i >= message.length || message[i] === '}') return i + 1;
      i = message.indexOf('{', i);
      i = text(i + 1);
    }
  };
  text(0);
  return { all, printed };
}

const en = strapiEnglish();
/** Words Vietnamese writes as English does. */
const SAME_IN_VIETNAMESE = new Set(['Video']);

test('every key of the admin’s Vietnamese translations is one Strapi 5.54 looks up (a typo would never show)', () => {
  const inCode = idsInCode();
  const unknown = Object.keys(vi).filter((key) => !(key in en) && !inCode.has(key));
  assert.deepEqual(unknown, [], 'keys of cms/src/admin/translations/vi.json that Strapi neither lists nor asks for');
  assert.ok(!inCode.has('content-manager.containers.edit.title.neww'), 'a typo is refused');
});

test('each Vietnamese message keeps the placeholders of the English one and is not left in English', () => {
  for (const [key, text] of Object.entries(vi as Record<string, string>)) {
    const english = en[key] ?? en[key.replace(/^content-manager\./, '')];
    if (english === undefined) continue; // asked for by Strapi's code, with no English entry to compare
    const [theirs, ours] = [args(english), args(text)];
    for (const name of theirs.printed) assert.ok(ours.all.has(name), `${key}: {${name}} missing in "${text}"`);
    for (const name of ours.all) assert.ok(theirs.all.has(name), `${key}: unknown {${name}} in "${text}"`);
    if (/[a-z]{3}/i.test(english.replace(/\{[^{}]*\}/g, '')) && !SAME_IN_VIETNAMESE.has(text))
      assert.notEqual(text, english, `${key} is still English`);
  }
});

test('the strings staff meet on their daily screens are translated', () => {
  for (const key of [
    'content-manager.header.name',
    'content-manager.containers.edit.title.new',
    'content-manager.HeaderLayout.button.label-add-entry',
    'content-manager.form.Input.hint.text',
    'content-manager.form.Input.hint.character.unit',
    'content-manager.components.LeftMenu.collection-types',
    'content-manager.containers.List.draft',
    'content-manager.relation.notAvailable',
    'content-manager.preview.panel.button',
    'upload.modal.header.browse',
    'upload.input.button.label',
    'upload.plugin.name',
    'i18n.actions.select-locale',
  ])
    assert.ok((vi as Record<string, string>)[key], key);
});
