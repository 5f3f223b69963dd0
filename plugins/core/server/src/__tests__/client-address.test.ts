import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clientIp, clientIpByHops, networkOf, trustedProxies } from '../utils/addresses';

// Moved from plugins/reviews (trusted proxies) and plugins/visit-counter (hop count): one rule now.
test('X-Forwarded-For is ignored unless the peer is a trusted proxy', () => {
  const none = trustedProxies([]);
  assert.equal(clientIp('198.51.100.7', '1.2.3.4', none), '198.51.100.7');
  const proxy = trustedProxies(['10.0.0.0/8', 'loopback']);
  assert.equal(clientIp('::ffff:127.0.0.1', '203.0.113.9', proxy), '203.0.113.9');
  // A client-written entry on the left is never reached: the right-most untrusted hop is the client.
  assert.equal(clientIp('10.1.1.1', '6.6.6.6, 203.0.113.9, 10.2.2.2', proxy), '203.0.113.9');
  assert.equal(clientIp('198.51.100.7', '203.0.113.9', proxy), '198.51.100.7', 'untrusted peer');
  assert.equal(clientIp('10.1.1.1', 'not-an-ip', proxy), '10.1.1.1');
  assert.equal(clientIp('10.1.1.1', undefined, proxy), '10.1.1.1');
  assert.throws(() => trustedProxies(['proxy.example']), /not an IP/);
});

describe('deprecated hop count (one release)', () => {
  test('without a trusted proxy the socket address is used and X-Forwarded-For ignored', () => {
    assert.equal(clientIpByHops('10.0.0.5', '1.2.3.4', 0), '10.0.0.5');
  });
  test('with one trusted proxy the last entry (the one the proxy added) is the client', () => {
    assert.equal(clientIpByHops('127.0.0.1', '6.6.6.6, 203.0.113.9', 1), '203.0.113.9');
    assert.equal(clientIpByHops('127.0.0.1', '203.0.113.9', 1), '203.0.113.9');
  });
  test('with two proxies the second entry from the right', () => {
    assert.equal(clientIpByHops('127.0.0.1', 'forged, 203.0.113.9, 10.0.0.2', 2), '203.0.113.9');
  });
  test('a missing header falls back to the socket', () => {
    assert.equal(clientIpByHops('10.0.0.5', undefined, 1), '10.0.0.5');
  });
});

test('networks: IPv4 as is, IPv6 grouped by /64', () => {
  assert.equal(networkOf('203.0.113.9'), '203.0.113.9');
  assert.equal(networkOf('::ffff:203.0.113.9'), '203.0.113.9');
  assert.equal(networkOf('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
  assert.equal(networkOf('2001:db8:1:2:ffff:ffff:ffff:ffff'), '2001:db8:1:2::/64');
  assert.equal(networkOf('2001:db8::1'), '2001:db8:0:0::/64');
  assert.notEqual(networkOf('2001:db8:1:3::1'), networkOf('2001:db8:1:2::1'));
});
