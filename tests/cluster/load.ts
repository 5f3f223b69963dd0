/**
 * A small steady load through nginx from a few client addresses (each socket bound to its own 127.0.1.N):
 * page GETs, visit beacons, comment posts and rating posts, each request recorded with when it started and
 * ended, and every acknowledged write remembered so the test can find it in PostgreSQL afterwards.
 * Shared by tests/cluster/failures.test.ts and `npm run bench:cluster` (its write traffic).
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

  const loops: Record<Kind, (from: string) => Promise<void>> = {
    async page(from) {
      for (let i = 0; running; i += 1) {
        const path = pages[i % pages.length]!;
        await timed('page', from, path, async () => {
          const res = await send(front, from, 'GET', path, undefined, { 'user-agent': BROWSER_UA });
          return { status: res.status, ok: res.status === 200 };
        });
        await sleep(pause.page);
      }
    },
    async beacon(from) {
      while (running) {
        const ok = await timed('beacon', from, '/api/visit-counter/hit', async () => {
          const res = await send(front, from, 'POST', '/api/visit-counter/hit', { a: article.documentId }, { 'user-agent': BROWSER_UA });
          return { status: res.status, ok: res.status === 204 };
        });
        if (ok) result.visits += 1;
        await sleep(pause.beacon);
      }
    },
    async comment(from) {
      while (running) {
        const text = `Ý kiến thử tải ${run}-${(serial += 1)} từ ${from}`;
        const ok = await timed('comment', from, '/api/reviews/comments', async () => {
          const challenge = await send(front, from, 'GET', '/api/reviews/captcha/challenge', undefined, { 'user-agent': BROWSER_UA });
          if (challenge.status !== 200) return { status: challenge.status, ok: false, body: challenge.json };
          const altcha = await solve(challenge.json as unknown as Challenge);
          const res = await send(
            front,
            from,
            'POST',
            '/api/reviews/comments',
            { article: article.documentId, locale: 'vi', authorName: `Công dân ${from}`, text, altcha },
            { 'user-agent': BROWSER_UA },
          );
          return { status: res.status, ok: res.status === 201, body: res.json };
        });
        if (ok) result.comments.push(text);
        await sleep(pause.comment);
      }
    },
    async rating(from) {
      while (running) {
        // A new user agent is a new visitor (no cookie): each acknowledged rating is one more row.
        const ua = `${BROWSER_UA} rater/${run}-${(serial += 1)}`;
        const ok = await timed('rating', from, '/api/reviews/ratings', async () => {
          const challenge = await send(front, from, 'GET', '/api/reviews/captcha/challenge?for=rating', undefined, { 'user-agent': ua });
          if (challenge.status !== 200) return { status: challenge.status, ok: false, body: challenge.json };
          const altcha = await solve(challenge.json as unknown as Challenge);
          const res = await send(
            front,
            from,
            'POST',
            '/api/reviews/ratings',
            { article: article.documentId, locale: 'vi', stars: 1 + (serial % 5), altcha },
            { 'user-agent': ua },
          );
          return { status: res.status, ok: res.status === 200 || res.status === 201, body: res.json };
        });
        if (ok) result.ratings += 1;
        await sleep(pause.rating);
      }
    },
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
