import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultConfig, validateConfig } from '../config';
import { dayClock, previousDay } from '../utils/day';
import { visitorHash } from '../utils/visitor-hash';

// Moved from plugins/visit-counter: days and visitor ids now come from the core.
describe('days and visitors', () => {
  test('days are counted in the portal time zone (UTC+7)', () => {
    const today = dayClock('Asia/Ho_Chi_Minh');
    assert.equal(today(Date.parse('2026-11-26T16:59:59Z')), '2026-11-26');
    assert.equal(today(Date.parse('2026-11-26T17:00:00Z')), '2026-11-27');
  });
  test('previousDay crosses months and years', () => {
    assert.equal(previousDay('2026-03-01'), '2026-02-28');
    assert.equal(previousDay('2027-01-01', 2), '2026-12-30');
  });
  test('a visitor id depends on salt, address and browser, and reveals none of them', () => {
    const a = visitorHash('salt-1', '203.0.113.9', 'Firefox');
    assert.equal(a, visitorHash('salt-1', '203.0.113.9', 'Firefox'));
    assert.notEqual(a, visitorHash('salt-2', '203.0.113.9', 'Firefox'));
    assert.notEqual(a, visitorHash('salt-1', '203.0.113.10', 'Firefox'));
    assert.notEqual(a, visitorHash('salt-1', '203.0.113.9', 'Chrome'));
    assert.doesNotMatch(a, /203|Firefox/);
    assert.equal(a.length, 22);
  });
});

describe('settings', () => {
  test('defaults are valid; nonsense is refused with a reason', () => {
    assert.doesNotThrow(() => validateConfig(defaultConfig));
    assert.throws(() => validateConfig({ ...defaultConfig, timeZone: 'Mars/Olympus' }), /time zone/);
    assert.throws(() => validateConfig({ ...defaultConfig, redis: { url: 'localhost:6379', prefix: '' } }), /redis:\/\//);
    assert.throws(() => validateConfig({ ...defaultConfig, trustedProxies: ['proxy.example'] }), /CIDR/);
    assert.doesNotThrow(() => validateConfig({ ...defaultConfig, trustedProxies: ['loopback', '10.0.0.0/8', '::1'] }));
  });
});
