import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderRss } from '../feed';

test('RSS escapes text and links each article in its locale', () => {
  const xml = renderRss({
    locale: 'vi',
    title: 'Cổng <Thạch Hà> & tin',
    description: 'Tin mới',
    items: [
      {
        id: 'd1',
        title: 'A & B <c>',
        slug: 'a-b',
        summary: '"q"',
        date: '2020-03-12T01:30:00Z',
        updatedAt: null,
        category: 'Thông báo',
        enclosure: { url: '/uploads/a.jpg', type: 'image/jpeg', length: 51_200 },
      },
      {
        id: 'd2',
        title: 'No cover',
        slug: 'no-cover',
        summary: '',
        date: '2020-03-11T01:30:00Z',
        updatedAt: null,
        category: null,
        enclosure: null,
      },
    ],
  });
  assert.match(xml, /<title>Cổng &lt;Thạch Hà&gt; &amp; tin<\/title>/);
  assert.match(xml, /<title>A &amp; B &lt;c&gt;<\/title>/);
  assert.match(xml, /<link>http:\/\/localhost:3000\/vi\/tin-tuc\/a-b<\/link>/);
  assert.match(xml, /<pubDate>Thu, 12 Mar 2020 01:30:00 GMT<\/pubDate>/);
  assert.match(xml, /<language>vi-VN<\/language>/);
  // The cover goes with its item as an enclosure (absolute URL, MIME type, bytes); no cover, no enclosure.
  assert.match(xml, /<enclosure url="http:\/\/localhost:3000\/uploads\/a\.jpg" type="image\/jpeg" length="51200"\/>/);
  assert.equal(xml.match(/<enclosure /g)?.length, 1);
});
