/**
 * Comment limits per citizen, with the configuration `npm start` gives (no settings added here): the
 * browser posts through the web (app/api/reviews), which names the citizen's address to the CMS with
 * its server-side key. Clients on 127.0.0.N are different citizens to the web (all loopback, so they
 * can be bound on one machine); a forged X-Forwarded-For or address header changes nothing.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';
import { client } from '../../../cms/tests/helpers/portal';
import { solve, type Challenge } from '../../../cms/tests/helpers/reviews';
import { startStack, type Stack } from './stack';

let stack: Stack;
let article = '';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  json: { data?: unknown; error?: { message?: string } } | null;
}

/** One HTTP request to the web from a chosen local address (a different citizen per address). */
function send(from: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(path, stack.webUrl);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, localAddress: from, agent: false, headers: { 'content-type': 'application/json', 'user-agent': `citizen ${from}`, ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => {
          let json: Answer['json'] = null;
          try {
            json = text ? (JSON.parse(text) as Answer['json']) : null;
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, json });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Solve a captcha fetched through the web (as the widget does) and post one comment. */
async function comment(from: string, headers: Record<string, string> = {}): Promise<Answer> {
  const challenge = await send(from, 'GET', '/api/reviews/captcha/challenge', undefined, headers);
  assert.equal(challenge.status, 200, 'challenge');
  const altcha = await solve(challenge.json as unknown as Challenge);
  return send(from, 'POST', '/api/reviews/comments', { article, locale: 'vi', authorName: `Công dân ${from}`, text: `Ý kiến từ ${from}`, altcha }, headers);
}

before(async () => {
  stack = await startStack();
  const res = await client(stack.cms.url).request('GET', '/api/articles?locale=vi&pagination[pageSize]=1&fields[0]=title');
  article = res.json.data[0].documentId as string;
});

after(async () => {
  await stack?.stop();
});

test('ten citizens with different addresses each post a comment', async () => {
  for (let n = 2; n <= 11; n += 1) {
    const res = await comment(`127.0.0.${n}`);
    assert.equal(res.status, 201, `citizen 127.0.0.${n}: ${JSON.stringify(res.json)}`);
  }
});

test('a citizen over the limit gets 429 with Retry-After; forged addresses change nothing; others still post', async () => {
  const noisy = '127.0.0.40';
  for (let i = 0; i < 5; i += 1) assert.equal((await comment(noisy)).status, 201, `comment ${i + 1} of 5`);
  const refused = await comment(noisy);
  assert.equal(refused.status, 429);
  assert.match(String(refused.headers['retry-after']), /^\d+$/);
  assert.ok(Number(refused.headers['retry-after']) > 0);
  assert.match(refused.json?.error?.message ?? '', /thử lại sau \d+ giây/);

  // Whatever address headers the client writes, it is still the same citizen.
  const forgeries: Array<Record<string, string>> = [
    { 'x-forwarded-for': '203.0.113.77' },
    { 'x-forwarded-for': '203.0.113.78, 198.51.100.9' },
    { 'x-real-ip': '203.0.113.79' },
    { 'x-portal-client-ip': '203.0.113.80' },
    { 'x-portal-peer': 'guess 203.0.113.81' },
    { 'x-portal-web-key': 'guess', 'x-portal-client-ip': '203.0.113.82' },
  ];
  for (const forged of forgeries) {
    const res = await comment(noisy, forged);
    assert.equal(res.status, 429, `forged ${JSON.stringify(forged)}`);
  }

  // Everyone else is unaffected.
  for (const other of ['127.0.0.41', '127.0.0.42']) assert.equal((await comment(other)).status, 201, other);
});
