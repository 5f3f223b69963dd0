/**
 * Vote stuffing (issue 12.3): new voters are bounded per network address (IPv4 address, IPv6 /64) and
 * article, so a client cycling user agents or cookies stops at the cap while a family or an office
 * behind one address can still vote; and rating challenges can cost more work than comment ones.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Server, startSeededServer, type SeededServer } from '../helpers/portal';
import { captcha, solve, type Challenge } from '../helpers/reviews';

let seeded: SeededServer;
let server: Server;
let api: SeededServer['api'];
let articles: string[] = [];

before(async () => {
  seeded = await startSeededServer({
    env: {
      // The test client plays the trusted proxy and names each network in X-Forwarded-For.
      TRUSTED_PROXIES: '127.0.0.1',
      REVIEWS_CAPTCHA_COST: '1',
      REVIEWS_RATING_CAPTCHA_COST: '2',
      REVIEWS_CAPTCHA_COUNTER_MIN: '1',
      REVIEWS_CAPTCHA_COUNTER_MAX: '40',
    },
  });
  ({ server, api } = seeded);
  const res = await api.get('/api/articles?locale=vi&pagination[pageSize]=2&sort=publicationDate:desc');
  articles = res.json.data.map((a: { documentId: string }) => a.documentId);
});

after(async () => {
  await seeded?.stop();
});

const ratingCaptcha = async () => {
  const res = await fetch(`${server.url}/api/reviews/captcha/challenge?for=rating`);
  return solve((await res.json()) as Challenge);
};

const vote = async (article: string, from: string, agent: string, stars = 4, extra: Record<string, string> = {}) =>
  api.request(
    'POST',
    '/api/reviews/ratings',
    { article, locale: 'vi', stars, altcha: await ratingCaptcha() },
    { 'x-forwarded-for': from, 'user-agent': agent, ...extra },
  );

test('ten voters per address and article (a family, an office); the eleventh new agent or cookie is refused', async () => {
  const [a, b] = articles as [string, string];
  for (let i = 1; i <= 10; i += 1) {
    const res = await vote(a, '198.51.100.7', `Browser ${i}`);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.data.count, i);
  }
  const refused = await vote(a, '198.51.100.7', 'Browser 11');
  assert.equal(refused.status, 429, refused.text);
  assert.ok(Number(refused.headers.get('retry-after')) > 0);
  assert.match(refused.json.error.message, /cùng một mạng/);
  const page = await api.get(`/api/reviews/ratings?article=${a}&locale=vi`, { 'x-forwarded-for': '198.51.100.7' });
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0]!;
  assert.equal((await vote(a, '198.51.100.7', 'Browser 12', 5, { cookie })).status, 429, 'a fresh cookie is no new voter either');
  assert.equal((await api.get(`/api/reviews/ratings?article=${a}&locale=vi`)).json.data.count, 10, 'nothing stored');

  const changed = await vote(a, '198.51.100.7', 'Browser 1', 1);
  assert.equal(changed.status, 200, 'a voter may still change their vote');
  assert.equal(changed.json.data.count, 10);
  assert.equal((await vote(b, '198.51.100.7', 'Browser 11')).status, 200, 'other articles have their own quota');
  assert.equal((await vote(a, '198.51.100.8', 'Browser 11')).status, 200, 'other addresses have their own quota');
});

test('IPv6 addresses count by /64: changing the interface id does not make a new network', async () => {
  const a = articles[0]!;
  for (let i = 1; i <= 10; i += 1) assert.equal((await vote(a, `2001:db8:5:6::${i.toString(16)}`, 'Phone')).status, 200);
  assert.equal((await vote(a, '2001:db8:5:6:ffff::b', 'Phone')).status, 429);
  assert.equal((await vote(a, '2001:db8:5:7::1', 'Phone')).status, 200, 'the next /64 is another network');
});

test('rating challenges cost what REVIEWS_RATING_CAPTCHA_COST says; a cheaper comment challenge buys no vote', async () => {
  const challenge = (await (await fetch(`${server.url}/api/reviews/captcha/challenge?for=rating`)).json()) as Challenge;
  assert.equal(challenge.parameters.cost, 2);
  const cheap = await api.request(
    'POST',
    '/api/reviews/ratings',
    { article: articles[1], locale: 'vi', stars: 3, altcha: await captcha(server.url) },
    { 'x-forwarded-for': '203.0.113.50', 'user-agent': 'X' },
  );
  assert.equal(cheap.status, 400);
  assert.match(cheap.json.error.message, /Mã xác thực không đúng/);
});
