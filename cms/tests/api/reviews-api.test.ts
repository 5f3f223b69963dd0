/**
 * The reviews plugin on a real Strapi: captcha, comments, moderation, reports and ratings, over REST
 * and GraphQL. TEST_DATABASE=postgres (+ TEST_REDIS_URL) runs it on PostgreSQL with Redis stores.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { ADMIN, AUTHOR, EDITOR, redisMode, type Database, type Server, startSeededServer, type SeededServer } from '../helpers/portal';
import { captcha, fakeIp, fetchChallenge, solve } from '../helpers/reviews';

/**
 * Every other challenge here is posted as soon as it is solved (seconds at most, 100 in flight on a busy machine), so
 * 20 s never expires one early; the expiry test waits out the rest of it after the file's other tests.
 */
const EXPIRY_SECONDS = 20;
let seeded: SeededServer;
let db!: Database;
let server: Server;
let api: SeededServer['api'];
let article: { vi: string; en: string };
let expiring: { payload: string; solvedAt: number };
const tokens: Record<string, string> = {};

before(async () => {
  seeded = await startSeededServer({
    env: {
      // The test client plays the trusted proxy (127.0.0.1) and names each "citizen" in X-Forwarded-For.
      REVIEWS_TRUSTED_PROXIES: '127.0.0.1',
      REVIEWS_CAPTCHA_COST: '1',
      REVIEWS_CAPTCHA_COUNTER_MIN: '1',
      REVIEWS_CAPTCHA_COUNTER_MAX: '40',
      REVIEWS_CAPTCHA_EXPIRES: String(EXPIRY_SECONDS),
      REVIEWS_COMMENT_LIMIT: '5/600',
    },
    // Log in once: the admin login has its own rate limit.
    logins: [ADMIN, EDITOR, AUTHOR],
  });
  ({ db, server, api } = seeded);
  for (const who of [EDITOR, AUTHOR]) tokens[who.email] = seeded.auth[who.email]!.authorization!.slice('Bearer '.length);
  const res = await api.get('/api/articles?locale=vi&pagination[pageSize]=1&sort=publicationDate:desc');
  assert.equal(res.status, 200, res.text);
  const doc = res.json.data[0];
  article = { vi: doc.documentId, en: doc.documentId };
  // A solved challenge kept until it expires (checked by the last test).
  expiring = { payload: await captcha(server.url), solvedAt: Date.now() };
});

after(async () => {
  await seeded?.stop();
});

const as = (ip: string, extra: Record<string, string> = {}) => ({ 'x-forwarded-for': ip, 'user-agent': `test-agent ${ip}`, ...extra });
const post = (path: string, body: unknown, headers: Record<string, string>) => api.request('POST', path, body, headers);

async function comment(fields: Record<string, unknown> = {}, headers: Record<string, string> = as(fakeIp())) {
  return post(
    '/api/reviews/comments',
    {
      article: article.vi,
      locale: 'vi',
      authorName: 'Nguyễn Văn An',
      consent: true,
      email: 'an.nguyen@example.vn',
      text: 'Bài viết rất hữu ích, cảm ơn ban biên tập.',
      altcha: await captcha(server.url),
      ...fields,
    },
    headers,
  );
}

const tokenOf = async (who: typeof EDITOR) => tokens[who.email]!;

async function moderate(action: string, ids: number[], who = EDITOR) {
  const token = await tokenOf(who);
  return post(`/reviews/comments/${action}`, { ids }, { authorization: `Bearer ${token}` });
}

/** Run `fn` over `items` with at most `width` calls in flight. */
async function inParallel<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return out;
}

const publicComments = async (locale = 'vi') =>
  (await api.get(`/api/reviews/comments?article=${article.vi}&locale=${locale}&pageSize=50`)).json;

describe(`captcha (${db?.kind ?? process.env.TEST_DATABASE ?? 'sqlite'}${redisMode() ? ' + redis' : ''})`, () => {
  test('challenges are signed, expire and are never cached', async () => {
    const res = await api.get('/api/reviews/captcha/challenge');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('cache-control') ?? '', /no-store/);
    assert.ok(res.json.signature);
    assert.ok(res.json.parameters.expiresAt * 1000 > Date.now());
  });

  test('a missing captcha is refused with the message in the caller’s language', async () => {
    const vi = await post(
      '/api/reviews/comments',
      { article: article.vi, locale: 'vi', authorName: 'An', text: 'Xin chào', consent: true },
      as(fakeIp()),
    );
    assert.equal(vi.status, 400);
    assert.equal(vi.json.error.message, 'Mã xác thực không đúng.');
    const en = await post(
      '/api/reviews/comments',
      { article: article.en, locale: 'en', authorName: 'Ann', text: 'Hello', consent: true },
      as(fakeIp()),
    );
    assert.equal(en.status, 400);
    assert.equal(en.json.error.message, 'The verification code is incorrect.');
  });

  test('a wrong solution is refused', async () => {
    const challenge = await fetchChallenge(server.url);
    const good = JSON.parse(Buffer.from(await solve(challenge), 'base64').toString());
    const key: string = good.solution.derivedKey;
    const wrong = { ...good, solution: { ...good.solution, derivedKey: key.slice(0, -1) + (key.endsWith('0') ? '1' : '0') } };
    const res = await comment({ altcha: Buffer.from(JSON.stringify(wrong)).toString('base64') });
    assert.equal(res.status, 400);
    assert.equal(res.json.error.message, 'Mã xác thực không đúng.');
    const forged = {
      ...good,
      challenge: { ...good.challenge, parameters: { ...good.challenge.parameters, expiresAt: good.challenge.parameters.expiresAt + 3600 } },
    };
    assert.equal((await comment({ altcha: Buffer.from(JSON.stringify(forged)).toString('base64') })).status, 400);
    assert.equal((await comment({ altcha: 'not-base64-json' })).status, 400);
  });

  test('a solution is accepted once: a replay is refused', async () => {
    const payload = await captcha(server.url);
    assert.equal((await comment({ altcha: payload })).status, 201);
    const replay = await comment({ altcha: payload });
    assert.equal(replay.status, 400);
    assert.equal(replay.json.error.message, 'Mã xác thực không đúng.');
    // Also across endpoints: a comment's solution cannot be reused for a rating.
    const rating = await post('/api/reviews/ratings', { article: article.vi, locale: 'vi', stars: 4, altcha: payload }, as(fakeIp()));
    assert.equal(rating.status, 400);
  });
});

describe('comments', () => {
  test('the honeypot field is refused', async () => {
    const res = await comment({ website: 'http://spam.example' });
    assert.equal(res.status, 400);
    assert.ok(res.json.error.message);
  });

  test('input is validated with readable messages', async () => {
    const noName = await comment({ authorName: '  ' });
    assert.equal(noName.status, 400);
    assert.equal(noName.json.error.message, 'Vui lòng nhập họ tên.');
    const long = await comment({ text: 'a'.repeat(2001), locale: 'en', article: article.en });
    assert.equal(long.status, 400);
    assert.match(long.json.error.message, /2000 characters/);
    const email = await comment({ email: 'not an email' });
    assert.equal(email.status, 400);
    const unknown = await comment({ article: 'zzzzzzzzzzzzzzzzzzzzzzzz' });
    assert.equal(unknown.status, 404);
  });

  test('bad words are refused, with or without Vietnamese diacritics', async () => {
    for (const text of ['Đồ khốn nạn, viết bài gì thế này', 'do khon nan viet bai gi the nay', 'What a load of bullshit']) {
      const res = await comment({ text });
      assert.equal(res.status, 400, text);
      assert.equal(res.json.error.details.code, 'badWords');
    }
    // Ordinary words that lose their diacritics are not bad words.
    assert.equal((await comment({ text: 'cam on cac ban, bai viet hay lam' })).status, 201);
  });

  test('new comments wait for moderation; e-mail and visitor hash are never public', async () => {
    const res = await comment({ authorName: 'Trần Thị Bình', text: 'Chờ kiểm duyệt', email: 'binh.tran@example.vn' });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.json.data.status, 'pending');
    assert.match(res.json.data.message, /chờ kiểm duyệt/);
    assert.ok(!(await publicComments()).data.some((c: { id: number }) => c.id === res.json.data.id), 'pending is not public');

    const approved = await moderate('approve', [res.json.data.id]);
    assert.equal(approved.status, 200, approved.text);
    const list = await api.get(`/api/reviews/comments?article=${article.vi}&locale=vi&pageSize=50`);
    const shown = list.json.data.find((c: { id: number }) => c.id === res.json.data.id);
    assert.ok(shown, 'approved is public');
    assert.deepEqual(Object.keys(shown).sort(), ['authorName', 'createdAt', 'id', 'parentId', 'replies', 'text']);
    assert.ok(!list.text.includes('example.vn'), 'no e-mail in the public list');
    assert.ok(!/visitor|hash|email|"ip"/i.test(list.text));
    const gql = await api.graphql(
      `query ($a: ID!) { reviewComments(article: $a, locale: "vi", pageSize: 50) { comments { id authorName text createdAt replies { id } } pagination { total } } }`,
      { a: article.vi },
    );
    assert.equal(gql.status, 200, gql.text);
    assert.ok(gql.json.data.reviewComments.comments.some((c: { id: string }) => Number(c.id) === res.json.data.id));
    const leak = await api.graphql(`query ($a: ID!) { reviewComments(article: $a, locale: "vi") { comments { email } } }`, {
      a: article.vi,
    });
    assert.ok(leak.json.errors?.length, 'email is not a GraphQL field');
  });

  test('one level of replies, shown under their comment', async () => {
    const parent = await comment({ text: 'Câu hỏi: thủ tục này nộp ở đâu?' });
    await moderate('approve', [parent.json.data.id]);
    const reply = await comment({ parentId: parent.json.data.id, authorName: 'Bộ phận một cửa', text: 'Nộp tại bộ phận một cửa của xã.' });
    assert.equal(reply.status, 201, reply.text);
    await moderate('approve', [reply.json.data.id]);
    const list = await publicComments();
    const shown = list.data.find((c: { id: number }) => c.id === parent.json.data.id);
    assert.equal(shown.replies.length, 1);
    assert.equal(shown.replies[0].text, 'Nộp tại bộ phận một cửa của xã.');
    assert.ok(!list.data.some((c: { id: number }) => c.id === reply.json.data.id), 'replies are not top-level');
    const nested = await comment({ parentId: reply.json.data.id, text: 'Reply to a reply' });
    assert.equal(nested.status, 400, 'no second level');
  });

  test('the rate limit answers 429 with Retry-After', async () => {
    const ip = fakeIp();
    for (let i = 0; i < 5; i += 1)
      assert.equal((await post('/api/reviews/comments', { article: article.vi, locale: 'vi' }, as(ip))).status, 400);
    const limited = await post('/api/reviews/comments', { article: article.vi, locale: 'en' }, as(ip));
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.match(limited.json.error.message, /Too many submissions/);
    assert.equal((await comment({}, as(fakeIp()))).status, 201, 'other citizens are not affected');
  });

  test('a forged X-Forwarded-For from an untrusted peer does not dodge the limit', async () => {
    // 127.0.0.5 is not a trusted proxy: its X-Forwarded-For is ignored, every request counts for 127.0.0.5.
    const send = (i: number) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request(
          `${server.url}/api/reviews/comments`,
          {
            method: 'POST',
            localAddress: '127.0.0.5',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ article: article.vi, locale: 'vi' }));
      });
    const codes: number[] = [];
    for (let i = 1; i <= 7; i += 1) codes.push(await send(i));
    assert.deepEqual(codes, [400, 400, 400, 400, 400, 429, 429]);
  });

  test('reported by 3 citizens, a comment is hidden until a moderator approves it again', async () => {
    const res = await comment({ text: 'Một bình luận bị báo cáo' });
    const id = res.json.data.id;
    await moderate('approve', [id]);
    const reporter = fakeIp();
    for (let i = 0; i < 3; i += 1) assert.equal((await post(`/api/reviews/comments/${id}/report`, {}, as(reporter))).status, 200);
    assert.ok(
      (await publicComments()).data.some((c: { id: number }) => c.id === id),
      'one citizen reporting three times counts once',
    );
    await post(`/api/reviews/comments/${id}/report`, {}, as(fakeIp()));
    const gql = await api.graphql(`mutation ($id: ID!) { reportReviewComment(id: $id) }`, { id: String(id) }, as(fakeIp()));
    assert.equal(gql.json.data?.reportReviewComment, true, gql.text);
    assert.ok(!(await publicComments()).data.some((c: { id: number }) => c.id === id), 'hidden after 3 reports');
    const token = await tokenOf(EDITOR);
    const queue = await api.get('/reviews/comments?status=pending&pageSize=100', { authorization: `Bearer ${token}` });
    const held = queue.json.data.find((c: { id: number }) => c.id === id);
    assert.equal(held.reportCount, 3);
    assert.ok(held.articleTitle, 'moderation list names the article');
    await moderate('approve', [id]);
    assert.ok((await publicComments()).data.some((c: { id: number }) => c.id === id));
  });

  test('moderation: editors may, authors may not; bulk actions, counts, delete', async () => {
    const a = (await comment({ text: 'Bulk một' })).json.data.id;
    const b = (await comment({ text: 'Bulk hai' })).json.data.id;
    const denied = await moderate('approve', [a], AUTHOR);
    assert.equal(denied.status, 403);
    const authorToken = await tokenOf(AUTHOR);
    assert.equal((await api.get('/reviews/comments', { authorization: `Bearer ${authorToken}` })).status, 403);
    assert.equal((await api.get('/reviews/comments')).status, 401);

    const token = await tokenOf(EDITOR);
    const before = (await api.get('/reviews/comments/counts', { authorization: `Bearer ${token}` })).json.data;
    assert.ok(before.pending >= 2);
    assert.equal((await moderate('spam', [a, b])).json.data.changed, 2);
    const afterSpam = (await api.get('/reviews/comments/counts', { authorization: `Bearer ${token}` })).json.data;
    assert.equal(afterSpam.pending, before.pending - 2);
    assert.equal(afterSpam.spam, before.spam + 2);
    assert.equal((await moderate('reject', [a])).json.data.changed, 1);
    assert.equal((await moderate('delete', [a, b])).json.data.changed, 2);
    assert.equal((await moderate('approve', [])).status, 400);
    const spamList = await api.get('/reviews/comments?status=spam', { authorization: `Bearer ${token}` });
    assert.ok(!spamList.json.data.some((c: { id: number }) => c.id === b));
  });

  test('GraphQL: submit a comment, with the captcha error in English', async () => {
    const mutation = `mutation ($input: ReviewCommentInput!) { submitReviewComment(input: $input) { id status message } }`;
    const input = {
      article: article.en,
      locale: 'en',
      authorName: 'Ann Lee',
      consent: true,
      email: 'ann@example.org',
      text: 'Clear and useful, thank you.',
    };
    const bad = await api.graphql(mutation, { input: { ...input, captcha: 'x' } }, as(fakeIp()));
    assert.equal(bad.json.errors[0].message, 'The verification code is incorrect.');
    const ok = await api.graphql(mutation, { input: { ...input, captcha: await captcha(server.url) } }, as(fakeIp()));
    assert.equal(ok.json.data.submitReviewComment.status, 'pending', ok.text);
    assert.match(ok.json.data.submitReviewComment.message, /awaiting moderation/);
  });
});

describe('ratings', () => {
  test('1,000 concurrent ratings from distinct visitors give exact figures', async () => {
    const N = 1000;
    const stars = Array.from({ length: N }, (_, i) => (i % 5) + 1);
    // Each citizen fetches a challenge, solves it and votes; 100 at a time. A vote lost to a reset
    // keep-alive socket is sent again (same citizen, new challenge): it may replace, never add.
    const vote = async (s: number, who: Record<string, string>) =>
      post('/api/reviews/ratings', { article: article.en, locale: 'en', stars: s, altcha: await captcha(server.url) }, who);
    const results = await inParallel(stars, 100, async (s) => {
      const who = as(fakeIp());
      return vote(s, who).catch(() => vote(s, who));
    });
    const failed = results.filter((r) => r.status !== 200);
    if (failed.length) console.error(failed.map((r) => r.json?.error?.details?.reason ?? r.status).join(','));
    assert.equal(
      failed.length,
      0,
      failed
        .slice(0, 3)
        .map((r) => `${r.status} ${r.text}`)
        .join('\n'),
    );
    const summary = (await api.get(`/api/reviews/ratings?article=${article.en}&locale=en`)).json.data;
    assert.equal(summary.count, N);
    assert.deepEqual(summary.histogram, [200, 200, 200, 200, 200]);
    assert.equal(summary.average, 3);
    const gql = await api.graphql(
      `query ($a: ID!) { ratingSummary(article: $a, locale: "en") { count average bayesianAverage histogram } }`,
      { a: article.en },
    );
    assert.equal(gql.json.data.ratingSummary.count, N);
    assert.equal(gql.json.data.ratingSummary.average, 3);
  });

  test('repeated votes from one visitor count once: the last vote replaces the first', async () => {
    const visitor = as(fakeIp());
    const vote = async (s: number, headers: Record<string, string> = visitor) =>
      post('/api/reviews/ratings', { article: article.vi, locale: 'vi', stars: s, altcha: await captcha(server.url) }, headers);
    const first = await vote(2);
    assert.equal(first.status, 200, first.text);
    assert.equal(first.json.data.count, 1);
    const votes = await Promise.all([5, 4, 5].map((s) => vote(s)));
    for (const v of votes) assert.equal(v.status, 200, v.text);
    const summary = (await api.get(`/api/reviews/ratings?article=${article.vi}&locale=vi`, visitor)).json.data;
    assert.equal(summary.count, 1);
    assert.equal(
      summary.histogram.reduce((x: number, y: number) => x + y, 0),
      1,
    );
    assert.equal(summary.mine, summary.average);
    // The three votes raced: whichever committed last is the one kept (4 or 5 stars), never a sum.
    const kept = summary.mine as number;
    assert.ok(kept === 4 || kept === 5, String(kept));

    // Reading the widget sets no cookie (Law 91: nothing before the person acts); their vote does, and a
    // browser with the portal's cookie is one visitor even when its address changes.
    const reader = as(fakeIp());
    const page = await api.get(`/api/reviews/ratings?article=${article.vi}&locale=vi`, reader);
    assert.equal(page.headers.get('set-cookie'), null);
    const firstVote = await vote(1, reader);
    assert.equal(firstVote.json.data.count, 2);
    const cookie = (firstVote.headers.get('set-cookie') ?? '').split(';')[0]!;
    assert.match(cookie, /^portal_vid=/);
    assert.match(firstVote.headers.get('set-cookie') ?? '', /httponly/i);
    // Back on the same device with the cookie now: the vote cast before it is theirs, shown and replaced.
    const again = (await api.get(`/api/reviews/ratings?article=${article.vi}&locale=vi`, { ...reader, cookie })).json.data;
    assert.equal(again.mine, 1);
    assert.equal((await vote(2, { ...reader, cookie })).json.data.count, 2);
    const moved = await vote(3, as(fakeIp(), { cookie }));
    assert.equal(moved.json.data.count, 2);
    const expected = [0, 0, 1, 0, 0];
    expected[kept - 1] = (expected[kept - 1] ?? 0) + 1;
    assert.deepEqual(moved.json.data.histogram, expected);
  });

  test('stars must be 1 to 5; the summary is public fields only; GraphQL mutation votes', async () => {
    const bad = await post(
      '/api/reviews/ratings',
      { article: article.vi, locale: 'vi', stars: 6, altcha: await captcha(server.url) },
      as(fakeIp()),
    );
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.message, 'Vui lòng chọn từ 1 đến 5 sao.');
    const res = await api.graphql(
      `mutation ($a: ID!, $c: String!) { submitRating(article: $a, locale: "vi", stars: 4, captcha: $c) { count average histogram } }`,
      { a: article.vi, c: await captcha(server.url) },
      as(fakeIp()),
    );
    assert.equal(res.json.data.submitRating.count, 3, res.text);
    const summary = await api.get(`/api/reviews/ratings?article=${article.vi}&locale=vi`);
    assert.deepEqual(Object.keys(summary.json.data).sort(), ['average', 'bayesianAverage', 'count', 'histogram', 'mine']);
    const top = await api.get('/api/reviews/ratings/top?locale=en');
    assert.ok(top.json.data.some((t: { article: string; count: number }) => t.article === article.en && t.count === 1000));
  });
});

describe('expiry', () => {
  test('an expired solution is refused', async () => {
    const wait = expiring.solvedAt + (EXPIRY_SECONDS + 1) * 1000 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const res = await comment({ altcha: expiring.payload });
    assert.equal(res.status, 400);
    assert.equal(res.json.error.message, 'Mã xác thực không đúng.');
  });
});

describe('personal data (Law 91/2025): the IT team finds, exports and erases one person’s data', () => {
  const email = `ban.doc.${process.pid}@demo.example.vn`;
  const admin = () => seeded.auth[ADMIN.email]!;
  const editor = () => seeded.auth[EDITOR.email]!;

  test('a comment without consent is refused and nothing is stored; with consent, its time and notice version are kept', async () => {
    const refused = await comment({ consent: false, email, authorName: 'Người Không Đồng Ý' });
    assert.equal(refused.status, 400, refused.text);
    assert.match(refused.json.error.message, /đồng ý/i);
    const accepted = await comment({ email, authorName: 'Bạn Đọc Thử Nghiệm' });
    assert.ok([200, 201].includes(accepted.status), accepted.text);
    const found = await api.get(`/admin/personal-data?email=${encodeURIComponent(email.toUpperCase())}`, admin());
    assert.equal(found.status, 200, found.text);
    const comments = found.json.data.found['reviews.comments'] as Array<Record<string, unknown>>;
    assert.equal(comments.length, 1, 'only the comment given with consent');
    assert.equal(comments[0]!.authorName, 'Bạn Đọc Thử Nghiệm');
    assert.ok(comments[0]!.consentAt && comments[0]!.consentVersion, JSON.stringify(comments[0]));
  });

  test('only a Super Admin may use the tool; a bad address gets a Vietnamese 400', async () => {
    const asEditor = await api.get(`/admin/personal-data?email=${encodeURIComponent(email)}`, editor());
    assert.equal(asEditor.status, 403);
    assert.match(asEditor.json.error.message, /Chỉ Quản trị cấp cao/);
    assert.doesNotMatch(asEditor.text, new RegExp(email.replace(/\./g, '\\.')));
    const bad = await api.get('/admin/personal-data?email=khong-phai-email', admin());
    assert.equal(bad.status, 400);
    assert.match(bad.json.error.message, /Vui lòng nhập một địa chỉ email hợp lệ/);
  });

  test('the export is a download of that person’s data; erasing keeps the comment but not who wrote it; the trail records each use masked', async () => {
    const csv = await api.get(`/admin/personal-data/export?email=${encodeURIComponent(email)}&format=csv`, admin());
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment/);
    assert.ok(csv.text.includes(email) && csv.text.includes('Bạn Đọc Thử Nghiệm'));
    const erased = await api.request('POST', '/admin/personal-data/erase', { email }, admin());
    assert.equal(erased.status, 200, erased.text);
    assert.equal(erased.json.data.erased['reviews.comments'], 1, JSON.stringify(erased.json));
    const after = await api.get(`/admin/personal-data?email=${encodeURIComponent(email)}`, admin());
    assert.equal(after.json.data.found['reviews.comments'].length, 0);
    const trail = await api.get('/admin/audit-trail/entries?action=personal-data', admin());
    assert.equal(trail.status, 200, trail.text);
    const uses = (trail.json.results as Array<{ title: string | null; details: { kind?: string } | null }>).filter(
      (r) => r.title === `b***@demo.example.vn`,
    );
    assert.deepEqual(new Set(uses.map((r) => r.details?.kind)), new Set(['find', 'export-csv', 'erase']));
    assert.doesNotMatch(trail.text, new RegExp(email.replace(/\./g, '\\.')), 'the trail never keeps the address whole');
  });
});
