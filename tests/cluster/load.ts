/**
 * A small steady load through nginx from a few client addresses (each socket bound to its own 127.0.1.N):
 * page GETs, visit beacons, comment posts and rating posts, each request recorded with when it started and
 * ended, and every acknowledged write remembered so the test can find it in PostgreSQL afterwards.
 * Used by tests/cluster/failures.test.ts.
 */
import crypto from 'node:crypto';
import { solve, type Challenge } from '../../cms/tests/helpers/reviews';
import { send } from '../../web/tests/e2e/citizen-requests';

export type Kind = 'page' | 'beacon' | 'comment' | 'rating';

export interface Sample {
  kind: Kind;
  from: string;
  path: string;
  start: number;
  end: number;
  status: number;
  error?: string;
  ok: boolean;
}

export interface LoadResult {
  samples: Sample[];
  /** Texts of the comments the portal acknowledged (201). */
  comments: string[];
  /** Ratings acknowledged (one new visitor each). */
  ratings: number;
  /** Beacons acknowledged (204). */
  visits: number;
}

export interface LoadOptions {
  front: string;
  /** documentId and slug (vi) of the article the writes go to. */
  article: { documentId: string; slug: string };
  addresses?: string[];
  /** Pause between a client's requests of each kind, ms. */
  every?: Partial<Record<Kind, number>>;
}

interface ReviewPost {
  userAgent: string;
  body: Record<string, unknown>;
  acknowledged: () => void;
}

const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function startLoad({ front, article, addresses = ['127.0.1.21', '127.0.1.22', '127.0.1.23'], every = {} }: LoadOptions) {
  const pause = { page: 100, beacon: 250, comment: 1_000, rating: 1_000, ...every };
  const result: LoadResult = { samples: [], comments: [], ratings: 0, visits: 0 };
  let running = true;
  let serial = 0;
  // Each load has its own texts and raters: a rater seen by an earlier load would update its vote, not add one.
  const run = crypto.randomBytes(3).toString('hex');
  const pages = ['/vi', `/vi/tin-tuc/${article.slug}`, '/en', '/vi/to-chuc', '/vi/tim-kiem?q=h%E1%BB%93+s%C6%A1'];

  async function timed(kind: Kind, from: string, path: string, fn: () => Promise<{ status: number; ok: boolean; body?: unknown }>) {
    const start = Date.now();
    try {
      const { status, ok, body } = await fn();
      const error = ok || body === undefined ? undefined : JSON.stringify(body)?.slice(0, 300);
      result.samples.push({ kind, from, path, start, end: Date.now(), status, ok, ...(error ? { error } : {}) });
      return ok;
    } catch (error) {
      result.samples.push({ kind, from, path, start, end: Date.now(), status: 0, ok: false, error: String(error) });
      return false;
    }
  }

  /** A page read or a beacon in a loop, as a browser sends it. */
  async function request(
    from: string,
    kind: 'page' | 'beacon',
    next: () => { method: string; path: string; body?: object },
    expected: number,
    acknowledged: () => void,
  ) {
    while (running) {
      const { method, path, body } = next();
      const ok = await timed(kind, from, path, async () => {
        const res = await send(front, from, method, path, body, { 'user-agent': BROWSER_UA });
        return { status: res.status, ok: res.status === expected };
      });
      if (ok) acknowledged();
      await sleep(pause[kind]);
    }
  }

  /** A citizen's comment or rating in a loop: solve the captcha challenge, post, remember what was acknowledged. */
  async function review(from: string, kind: 'comment' | 'rating', nextPost: () => ReviewPost) {
    const path = `/api/reviews/${kind === 'comment' ? 'comments' : 'ratings'}`;
    const challengePath = `/api/reviews/captcha/challenge${kind === 'rating' ? '?for=rating' : ''}`;
    while (running) {
      const { userAgent, body, acknowledged } = nextPost();
      const ok = await timed(kind, from, path, async () => {
        const challenge = await send(front, from, 'GET', challengePath, undefined, { 'user-agent': userAgent });
        if (challenge.status !== 200) return { status: challenge.status, ok: false, body: challenge.json };
        const altcha = await solve(challenge.json as unknown as Challenge);
        const res = await send(front, from, 'POST', path, { ...body, altcha }, { 'user-agent': userAgent });
        // A rating is 201 when new, 200 when it updates the visitor's earlier vote.
        return { status: res.status, ok: res.status === 201 || (kind === 'rating' && res.status === 200), body: res.json };
      });
      if (ok) acknowledged();
      await sleep(pause[kind]);
    }
  }

  const loops: Record<Kind, (from: string) => Promise<void>> = {
    page: (from) => {
      let i = 0;
      return request(
        from,
        'page',
        () => ({ method: 'GET', path: pages[i++ % pages.length]! }),
        200,
        () => {},
      );
    },
    beacon: (from) =>
      request(
        from,
        'beacon',
        () => ({ method: 'POST', path: '/api/visit-counter/hit', body: { a: article.documentId } }),
        204,
        () => (result.visits += 1),
      ),
    comment: (from) =>
      review(from, 'comment', () => {
        const text = `Ý kiến thử tải ${run}-${(serial += 1)} từ ${from}`;
        return {
          userAgent: BROWSER_UA,
          body: { article: article.documentId, locale: 'vi', authorName: `Công dân ${from}`, text, consent: true },
          acknowledged: () => result.comments.push(text),
        };
      }),
    // A new user agent is a new visitor (no cookie): each acknowledged rating is one more row.
    rating: (from) =>
      review(from, 'rating', () => ({
        userAgent: `${BROWSER_UA} rater/${run}-${(serial += 1)}`,
        body: { article: article.documentId, locale: 'vi', stars: 1 + (serial % 5) },
        acknowledged: () => (result.ratings += 1),
      })),
  };

  const workers = addresses.flatMap((from) => (Object.keys(loops) as Kind[]).map((kind) => loops[kind](from)));
  return {
    result,
    async stop(): Promise<LoadResult> {
      running = false;
      await Promise.all(workers);
      return result;
    },
  };
}

/** Failed samples, with the reason, for assertion messages. */
export const describeFailures = (samples: Sample[]) =>
  samples
    .filter((s) => !s.ok)
    .slice(0, 20)
    .map(
      (s) =>
        `${new Date(s.start).toISOString()}–${new Date(s.end).toISOString().slice(11)} ${s.kind} ${s.path} from ${s.from}: ${s.status} ${s.error ?? ''}`,
    )
    .join('\n');
