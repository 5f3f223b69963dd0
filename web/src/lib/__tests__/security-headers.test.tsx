import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { test } from 'node:test';
import { HtmlDocument } from '@/components/document/HtmlDocument';
import { siteFrame } from './site-frame.fixture';
import { getMessages } from '../i18n/messages';
import { renderDocument } from '../render-document';
import { contentSecurityPolicy, newNonce } from '../security/headers';
import { PERMISSIONS_POLICY } from '../security/permissions-policy';

const frame = siteFrame;

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

test('scripts: self, the nonce and hashes only; never unsafe-inline or unsafe-eval', () => {
  const policy = contentSecurityPolicy('abc123');
  const scripts = directive(policy, 'script-src');
  assert.match(scripts, /^script-src 'self' 'nonce-abc123' 'sha256-[A-Za-z0-9+/]+={0,2}'$/);
  assert.doesNotMatch(policy, /unsafe-eval/);
  assert.equal(directive(policy, 'object-src'), "object-src 'none'");
  assert.equal(directive(policy, 'base-uri'), "base-uri 'self'");
  assert.equal(directive(policy, 'frame-ancestors'), "frame-ancestors 'self'");
  assert.equal(directive(policy, 'worker-src'), "worker-src 'self' blob:", 'the ALTCHA worker');
  assert.notEqual(newNonce(), newNonce());
});

test('every inline script of a static article document is allowed by its hash', async () => {
  const html = await renderDocument(
    <HtmlDocument locale="vi" frame={frame} t={getMessages('vi')} path="/vi/tin-tuc/a" head={{ title: 'A' }}>
      <p>x</p>
    </HtmlDocument>,
  );
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  assert.ok(inline.length > 0);
  const policy = contentSecurityPolicy('n');
  for (const code of inline) {
    const hash = `'sha256-${crypto.createHash('sha256').update(code).digest('base64')}'`;
    assert.ok(directive(policy, 'script-src').includes(hash), `inline script allowed: ${code.slice(0, 40)}`);
  }
});

test('the permissions policy switches off camera, microphone, geolocation and payment', () => {
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
    assert.match(PERMISSIONS_POLICY, new RegExp(`(^|, )${feature}=\\(\\)`));
});
