/**
 * Comment limits per citizen, with the configuration `npm start` gives (no settings added here): the
 * browser posts through the web (app/api/reviews), which names the citizen's address to the CMS with
 * its server-side key. Clients on 127.0.0.N are different citizens to the web (all loopback, so they
 * can be bound on one machine); a forged X-Forwarded-For or address header changes nothing.
 */
import { after, before, test } from 'node:test';
import { client } from '../../../cms/tests/helpers/portal';
import { everyCitizenPosts, oneCitizenOverItsLimit } from './citizen-requests';
import { startStack, type Stack } from './stack';

let stack: Stack;
let article = '';

before(async () => {
  stack = await startStack();
  const res = await client(stack.cms.url).request('GET', '/api/articles?locale=vi&pagination[pageSize]=1&fields[0]=title');
  article = res.json.data[0].documentId as string;
});

after(async () => {
  await stack?.stop();
});

test('ten citizens with different addresses each post a comment', async () => {
  await everyCitizenPosts(
    stack.webUrl,
    article,
    Array.from({ length: 10 }, (_, i) => `127.0.0.${i + 2}`),
  );
});

test('a citizen over the limit gets 429 with Retry-After; forged addresses change nothing; others still post', async () => {
  await oneCitizenOverItsLimit(stack.webUrl, article, '127.0.0.40', ['127.0.0.41', '127.0.0.42']);
});
