/**
 * Redis connections per CMS node (the platform core's target: 2, one for commands and one subscriber).
 *
 * Starts one CMS (`strapi start`, the test helpers' production profile) on a demo-seeded SQLite database with
 * REDIS_URL and a key prefix of its own, makes it use every Redis-backed part once (visit beacon, captcha, a
 * comment's rate limit, GraphQL, the public-change event through a publish), then reads Redis's CLIENT LIST and
 * counts the connections named after that prefix (`<prefix><host>-<pid>:main` / `:sub`, set by the core).
 *
 *   npm run bench:redis-connections        (REDIS_URL defaults to redis://127.0.0.1:6379)
 * The same count by hand while the CMS runs: redis-cli client list | grep -c 'name=<prefix>'
 */
import crypto from 'node:crypto';
import { Redis } from 'ioredis';
import { ADMIN, adminToken, client, createDatabase, seed, startServer } from '../../cms/tests/helpers/portal';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const TARGET = 2;
const log = (message: string) => process.stdout.write(`▶ ${message}\n`);

async function main() {
  const prefix = `portal-bench:${process.pid}:${crypto.randomBytes(3).toString('hex')}:`;
  const db = await createDatabase('sqlite');
  const redis = new Redis(REDIS_URL, { connectionName: 'portal-bench:observer' });
  try {
    log('seeding a throwaway SQLite database (demo content)');
    const seeded = await seed(db);
    if (seeded.code !== 0) throw new Error(seeded.stderr);
    log(`starting one CMS node with REDIS_URL=${REDIS_URL}, REDIS_PREFIX=${prefix}`);
    const server = await startServer(db, { REDIS_URL, REDIS_PREFIX: prefix });
    try {
      const api = client(server.url);
      // Every part of the CMS that talks to Redis, once.
      const articles = await api.get('/api/articles?locale=vi&pagination[pageSize]=1');
      const article = articles.json?.data?.[0]?.documentId as string | undefined;
      await fetch(`${server.url}/api/visit-counter/hit`, { method: 'POST', body: JSON.stringify({ article }) }).catch(() => undefined);
      await api.get('/api/reviews/captcha/challenge');
      await api.request('POST', '/api/reviews/comments', {
        article,
        locale: 'vi',
        authorName: 'x',
        text: 'x',
        consent: true,
        captcha: 'x',
      });
      await api.graphql('{ articles(locale: "vi", pagination: { pageSize: 1 }) { documentId } }');
      const auth = { authorization: `Bearer ${await adminToken(server.url, ADMIN)}` };
      if (article) {
        await api.request('POST', `/content-manager/collection-types/api::article.article/${article}/actions/publish?locale=vi`, {}, auth);
      }
      await new Promise((r) => setTimeout(r, 1_000));

      const list = String(await redis.call('CLIENT', 'LIST'));
      const names = [...list.matchAll(/\bname=(\S*)/g)].map((m) => m[1]!).filter((name) => name.startsWith(prefix));
      const byRole = names.reduce<Record<string, number>>((out, name) => {
        const role = name.slice(name.lastIndexOf(':') + 1);
        out[role] = (out[role] ?? 0) + 1;
        return out;
      }, {});
      process.stdout.write(
        [
          '',
          `Redis connections of one CMS node: ${names.length} (target ${TARGET}; ${names.length <= TARGET ? 'met' : 'NOT met'})`,
          ...Object.entries(byRole).map(([role, n]) => `  ${role}: ${n}`),
          ...names.map((name) => `  ${name}`),
          '',
        ].join('\n'),
      );
    } finally {
      await server.stop();
    }
  } finally {
    redis.disconnect();
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
