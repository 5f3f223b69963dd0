/**
 * Requests from chosen local addresses, one citizen per address: Linux routes all of 127.0.0.0/8 to
 * the loopback interface, so a socket bound to 127.0.0.N reaches a server on 127.0.0.1 and the server
 * sees 127.0.0.N as its peer. Used by the comment-limit suites (straight to the web, and through nginx).
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { solve, type Challenge } from '../../../cms/tests/helpers/reviews';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  json: { data?: unknown; error?: { message?: string } } | null;
}

/** One HTTP request to `base` from the local address `from`. */
export function send(
  base: string,
  from: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const url = new URL(path, base);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        localAddress: from,
        agent: false,
        headers: { 'content-type': 'application/json', 'user-agent': `citizen ${from}`, ...headers },
      },
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

/** Solve a captcha fetched from `base` (as the widget does) and post one comment on `article`. */
export async function comment(base: string, article: string, from: string, headers: Record<string, string> = {}): Promise<Answer> {
  const challenge = await send(base, from, 'GET', '/api/reviews/captcha/challenge', undefined, headers);
  assert.equal(challenge.status, 200, `challenge: ${JSON.stringify(challenge.json)}`);
  const altcha = await solve(challenge.json as unknown as Challenge);
  return send(
    base,
    from,
    'POST',
    '/api/reviews/comments',
    { article, locale: 'vi', authorName: `Công dân ${from}`, text: `Ý kiến từ ${from}`, consent: true, altcha },
    headers,
  );
}

/** Address headers a client may write to pass for someone else (none of them may change its limit). */
export const FORGED_ADDRESS_HEADERS: Array<Record<string, string>> = [
  { 'x-forwarded-for': '203.0.113.77' },
  { 'x-forwarded-for': '203.0.113.78, 198.51.100.9' },
  { 'x-forwarded-for': '203.0.113.83, 127.0.0.1' },
  { 'x-real-ip': '203.0.113.79' },
  { 'x-portal-client-ip': '203.0.113.80' },
  { 'x-portal-peer': 'guess 203.0.113.81' },
  { 'x-portal-web-key': 'guess', 'x-portal-client-ip': '203.0.113.82' },
];

/** Each address posts one comment, accepted (`check` may look at each answer too). */
export async function everyCitizenPosts(base: string, article: string, addresses: string[], check: (answer: Answer) => void = () => {}) {
  for (const from of addresses) {
    const res = await comment(base, article, from);
    assert.equal(res.status, 201, `citizen ${from}: ${JSON.stringify(res.json)}`);
    check(res);
  }
}

/**
 * `noisy` posts up to the default limit (5 in 10 minutes), is refused with 429, Retry-After and a
 * Vietnamese message, stays refused whatever address headers it writes, while `others` still post.
 */
export async function oneCitizenOverItsLimit(base: string, article: string, noisy: string, others: string[]) {
  for (let i = 0; i < 5; i += 1) assert.equal((await comment(base, article, noisy)).status, 201, `comment ${i + 1} of 5`);
  const refused = await comment(base, article, noisy);
  assert.equal(refused.status, 429);
  assert.match(String(refused.headers['retry-after']), /^\d+$/);
  assert.ok(Number(refused.headers['retry-after']) > 0);
  assert.match(refused.json?.error?.message ?? '', /thử lại sau \d+ giây/);
  for (const forged of FORGED_ADDRESS_HEADERS) {
    const res = await comment(base, article, noisy, forged);
    assert.equal(res.status, 429, `forged ${JSON.stringify(forged)}: ${JSON.stringify(res.json)}`);
  }
  await everyCitizenPosts(base, article, others);
}
