import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PartnerOperation } from '../cms/partner-feed';
import { apolloCall, curlAdhoc, curlPersisted, persistedUrl } from '../partner-docs';

const op: PartnerOperation = {
  id: 'latest-news',
  title: { vi: 'Tin', en: 'News' },
  description: { vi: '', en: '' },
  document: 'query LatestNews($locale: I18NLocaleCode!) {\n  articles(locale: $locale) { title }\n}',
  params: { locale: { vi: 'vi/en', en: 'vi/en' } },
  example: { locale: 'vi', limit: '5' },
  path: '/api/partner-feed/operations/latest-news',
};

test('examples are built from the registry entry', () => {
  assert.equal(
    persistedUrl('https://cms.example', op, op.example),
    'https://cms.example/api/partner-feed/operations/latest-news?locale=vi&limit=5',
  );
  const curl = curlPersisted('https://cms.example', op, op.example);
  assert.match(
    curl,
    /^curl -sS -H "Authorization: Bearer \$PORTAL_TOKEN" 'https:\/\/cms\.example\/api\/partner-feed\/operations\/latest-news\?locale=vi&limit=5'/,
  );
  assert.match(curl, /If-None-Match/);
  const apollo = apolloCall(op, op.example);
  assert.match(apollo, /const latestNews = gql`/);
  assert.match(apollo, /persistedId: 'latest-news', params: \{"locale":"vi","limit":"5"\}/);
  assert.match(apollo, /articles\(locale: \$locale\)/);
});

test('the ad-hoc example is valid shell and JSON', () => {
  const curl = curlAdhoc('https://cms.example');
  const body = /-d '(.*)'$/.exec(curl)![1]!;
  assert.equal(JSON.parse(body).variables.locale, 'vi');
});
