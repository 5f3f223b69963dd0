/**
 * The per-citizen comment limit behind the shipped nginx front (issue 13.2): Debian's nginx runs
 * config/nginx/portal.conf itself (only its addresses and cache path replaced, scripts/nginx-front.ts)
 * in front of a `next start` of the e2e build set up as the README says for that profile —
 * TRUSTED_PROXIES naming the proxy. Here the proxy's hop is 127.0.0.1 and the citizens are other
 * loopback addresses (each client socket is bound to its own 127.0.1.N), so the web trusts 127.0.0.1
 * only: with `loopback` it would trust the test's citizens as proxies too, which real citizens never are.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http2 from 'node:http2';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { after, before, test } from 'node:test';
import { client, freePort } from '../../../cms/tests/helpers/portal';
import { nginxConf, portalConf, startNginx, tlsConf, type RunningNginx } from '../../../scripts/nginx-front';
import { everyCitizenPosts, oneCitizenOverItsLimit } from './citizen-requests';
import { startStack, type Stack, type WebServer } from './stack';

let stack: Stack;
let web: WebServer | undefined;
let nginx: RunningNginx | undefined;
let prefix = '';
let front = '';
let article = '';
let articlePath = '';
let secure: RunningNginx | undefined;
let httpsFront = '';
let plainFront = '';
let certificate = '';

before(async () => {
  stack = await startStack();
  const res = await client(stack.cms.url).request('GET', '/api/articles?locale=vi&pagination[pageSize]=1&fields[0]=slug');
  article = res.json.data[0].documentId as string;
  articlePath = `/vi/tin-tuc/${res.json.data[0].slug as string}`;
  web = await stack.startWeb({ TRUSTED_PROXIES: '127.0.0.1' });
  prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'));
  const listen = `127.0.0.1:${await freePort()}`;
  front = `http://${listen}`;
  const conf = portalConf({ listen, web: `127.0.0.1:${web.port}`, cms: new URL(stack.cms.url).host, cacheDir: path.join(prefix, 'cache') });
  nginx = await startNginx(prefix, nginxConf(prefix, conf), listen);

  // The same file with HTTPS enabled as the README says, on ::1, with a certificate made here.
  const tlsPrefix = path.join(prefix, 'tls');
  fs.mkdirSync(tlsPrefix);
  certificate = path.join(tlsPrefix, 'cert.pem');
  const key = path.join(tlsPrefix, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:::1',
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { stdio: 'ignore' },
  );
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  plainFront = `http://[::1]:${httpPort}`;
  httpsFront = `https://[::1]:${httpsPort}`;
  const include = path.join(tlsPrefix, 'tls.conf');
  fs.writeFileSync(include, tlsConf(`[::1]:${httpsPort}`));
  const secureConf = portalConf({
    listen: `[::1]:${httpPort}`,
    web: `127.0.0.1:${web.port}`,
    cms: new URL(stack.cms.url).host,
    cacheDir: path.join(tlsPrefix, 'cache'),
    tls: { include, certificate, key },
  });
  secure = await startNginx(tlsPrefix, nginxConf(tlsPrefix, secureConf), `[::1]:${httpsPort}`);
});

after(async () => {
  await secure?.stop();
  await nginx?.stop();
  await web?.stop();
  if (prefix) fs.rmSync(prefix, { recursive: true, force: true });
  await stack?.stop();
});

test('through nginx, ten citizens with different addresses each post a comment', async () => {
  const citizens = Array.from({ length: 10 }, (_, i) => `127.0.1.${i + 2}`);
  await everyCitizenPosts(front, article, citizens, (res) => assert.match(String(res.headers.server), /^nginx\//, 'answered by nginx'));
});

test('through nginx, a citizen over the limit gets 429 with Retry-After; forged addresses change nothing; others still post', async () => {
  // nginx appends the address it saw to whatever X-Forwarded-For the client wrote; the web reads it
  // from the right and stops at the first address that is not the proxy's.
  await oneCitizenOverItsLimit(front, article, '127.0.1.40', ['127.0.1.41', '127.0.1.42']);
});

const FORGED = 'Zm9yZ2VkLW5vbmNl';
/** Requests as prefetching browsers, Next's client router and an attacker send them. */
const VARIANTS: Record<string, string>[] = [
  { purpose: 'prefetch' },
  { 'sec-purpose': 'prefetch' },
  { 'next-router-prefetch': '1' },
  { rsc: '1' },
  { 'next-router-state-tree': '%5B%22%22%2C%7B%7D%5D' },
  { 'content-security-policy': `script-src 'nonce-${FORGED}'` },
  { 'x-nonce': FORGED },
  { purpose: 'prefetch', 'content-security-policy': `script-src 'nonce-${FORGED}'`, 'x-nonce': FORGED },
  { accept: 'text/x-component' },
  { accept: '*/*', 'sec-purpose': 'prefetch;prerender' },
];

const policyNonce = (csp: string) => /script-src 'self' 'nonce-([^']+)' 'sha256-/.exec(csp)?.[1];

test('through nginx, after prefetch, client-router and forged-nonce requests, every visitor gets the full policy with a nonce of their own', async () => {
  for (const page of ['/vi', articlePath]) {
    const seen = new Set<string>();
    for (const headers of VARIANTS) {
      await fetch(`${front}${page}`, { headers });
      for (let visitor = 0; visitor < 2; visitor += 1) {
        const res = await fetch(`${front}${page}`);
        const csp = res.headers.get('content-security-policy') ?? '';
        const body = await res.text();
        const label = `${page} after ${JSON.stringify(headers)} (X-Cache ${res.headers.get('x-cache')})`;
        assert.equal(res.status, 200, label);
        const nonce = policyNonce(csp);
        assert.ok(nonce, `${label}: the portal's script policy, got "${csp}"`);
        assert.match(csp, /default-src 'self'.*object-src 'none'.*frame-ancestors 'self'/, label);
        assert.ok(!csp.includes(FORGED) && !body.includes(FORGED), `${label}: the forged nonce appears nowhere`);
        assert.equal(res.headers.get('x-portal-nonce'), null, label);
        assert.ok(!seen.has(nonce), `${label}: a nonce no other visitor got`);
        seen.add(nonce);
        for (const [, used] of body.matchAll(/<script[^>]* nonce="([^"]+)"/g))
          assert.equal(used, nonce, `${label}: the page's scripts carry this answer's nonce`);
      }
    }
  }
});

test('HTTPS on ::1: HTTP/2, TLS 1.2 or later, HSTS; plain HTTP redirects to HTTPS', async () => {
  const ca = fs.readFileSync(certificate);
  const session = http2.connect(httpsFront, { ca, servername: 'localhost' });
  try {
    const { status, hsts, body } = await new Promise<{ status: number; hsts: string; body: string }>((resolve, reject) => {
      const req = session.request({ ':path': '/vi', ':authority': `localhost:${new URL(httpsFront).port}` }); // a host name, as citizens use
      let text = '';
      let headers: http2.IncomingHttpHeaders = {};
      req.on('response', (h) => (headers = h));
      req.setEncoding('utf8');
      req.on('data', (c: string) => (text += c));
      req.on('end', () =>
        resolve({ status: Number(headers[':status']), hsts: String(headers['strict-transport-security'] ?? ''), body: text }),
      );
      req.on('error', reject);
      req.end();
    });
    assert.equal(status, 200);
    assert.match(hsts, /max-age=63072000; includeSubDomains/);
    assert.match(body, /<\/html>/);
    assert.equal(session.alpnProtocol, 'h2');
  } finally {
    session.close();
  }
  const { port } = new URL(httpsFront);
  const protocol = await new Promise<string>((resolve, reject) => {
    const socket = tls.connect({ host: '::1', port: Number(port), ca, servername: 'localhost' }, () => {
      resolve(socket.getProtocol() ?? '');
      socket.end();
    });
    socket.on('error', reject);
  });
  assert.match(protocol, /^TLSv1\.[23]$/);
  const old = await new Promise<string>((resolve) => {
    const socket = tls.connect({ host: '::1', port: Number(port), ca, maxVersion: 'TLSv1.1', minVersion: 'TLSv1' }, () =>
      resolve('accepted'),
    );
    socket.on('error', () => resolve('refused'));
  });
  assert.equal(old, 'refused', 'TLS 1.1 is refused');
  const redirect = await fetch(`${plainFront}/vi?x=1`, { redirect: 'manual' });
  assert.equal(redirect.status, 301);
  assert.match(redirect.headers.get('location') ?? '', /^https:\/\/\[::1\][^/]*\/vi\?x=1$/);
});
