import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { HOST_PATTERN, LABEL_PATTERN, hostLabel, normalHost } from '../utils/host-label';

/** The 69 communes and wards of Hà Tĩnh since 2025-07-01 (cms/data, `communes[].splits[]`: new code + name). */
function haTinhUnits(): Map<string, string> {
  const file = path.resolve(__dirname, '..', '..', '..', '..', '..', 'cms', 'data', 'ha-tinh-merger-2025-07.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { communes: Array<{ splits: Array<{ new_id: string; name: string }> }> };
  const units = new Map<string, string>();
  for (const commune of data.communes) for (const split of commune.splits) units.set(split.new_id, split.name);
  return units;
}

test('a unit name becomes its Decree 224 label: no kind word, diacritics, spaces or punctuation', () => {
  assert.equal(hostLabel('Xã Cẩm Xuyên'), 'camxuyen');
  assert.equal(hostLabel('Phường Thành Sen'), 'thanhsen');
  assert.equal(hostLabel('Xã Sơn Kim 1'), 'sonkim1');
  assert.equal(hostLabel('Xã Đức Thọ'), 'ductho');
  assert.equal(hostLabel('Thị trấn  Tây Sơn'), 'tayson', 'double spaces in the source data');
  assert.equal(hostLabel('Tỉnh Hà Tĩnh'), 'hatinh');
  assert.equal(hostLabel('Thành phố Hà Tĩnh'), 'hatinh');
  assert.equal(hostLabel('Huyện Thạch Hà'), 'thachha');
  assert.equal(hostLabel('Thị xã Kỳ Anh'), 'kyanh');
  assert.equal(hostLabel('Phường Vũng Áng'), 'vungang');
  assert.equal(hostLabel('Xã Cổ Đạm'), 'codam');
  assert.equal(hostLabel('Xuân Lộc'), 'xuanloc', 'a name without a kind word is kept whole');
  assert.equal(hostLabel('Xã'), 'xa', 'a kind word alone is a name');
  // Decomposed input (NFD, as some keyboards send it) gives the same label.
  assert.equal(hostLabel('Xã Cẩm Xuyên'.normalize('NFD')), 'camxuyen');
});

test('every one of the 69 Hà Tĩnh units of 2025-07-01 gets a valid label, and no two the same', () => {
  const units = haTinhUnits();
  assert.equal(units.size, 69);
  const labels = new Map<string, string>();
  for (const [code, name] of units) {
    const label = hostLabel(name);
    assert.match(label, LABEL_PATTERN, `${code} ${name}`);
    assert.ok(!labels.has(label), `${name} and ${labels.get(label)} share the label ${label}`);
    labels.set(label, name);
  }
  assert.equal(labels.size, 69);
  assert.ok(labels.has('camxuyen') && labels.has('thanhsen') && labels.has('sonkim1') && labels.has('sonkim2'));
});

test('a request host is keyed without case, port, trailing dot or IPv6 brackets', () => {
  assert.equal(normalHost('CamXuyen.LocalHost:3000'), 'camxuyen.localhost');
  assert.equal(normalHost('hatinh.gov.vn.'), 'hatinh.gov.vn');
  assert.equal(normalHost('  hatinh.gov.vn  '), 'hatinh.gov.vn');
  assert.equal(normalHost('[::1]:1337'), '::1');
  assert.equal(normalHost('[2001:db8::1]'), '2001:db8::1');
  assert.equal(normalHost('2001:db8::1'), '2001:db8::1');
  assert.equal(normalHost('127.0.0.1:80'), '127.0.0.1');
  assert.equal(normalHost('[broken'), '');
  assert.equal(normalHost(undefined), '');
  assert.equal(normalHost(''), '');
});

test('host names a site may list', () => {
  for (const host of ['localhost', 'camxuyen.localhost', 'camxuyen.hatinh.gov.vn', 'xn--cmxuyn-8ua.vn', 'a-b.example'])
    assert.match(host, HOST_PATTERN, host);
  for (const host of ['', 'Camxuyen.vn', '-a.vn', 'a..vn', 'a_b.vn', 'http://a.vn', 'a.vn/x', 'a.vn:3000'])
    assert.doesNotMatch(host, HOST_PATTERN, host);
});
