import assert from 'node:assert/strict';
import http from 'node:http';
import { after, test } from 'node:test';
import { clientAddress, stampClientAddresses, stampedClientAddress, STAMP_HEADER, trustedProxies } from '../server/client-address';

test('the socket address, unless the socket is a trusted proxy; then the right-most untrusted entry', () => {
  const nobody = trustedProxies('');
  assert.equal(clientAddress('127.0.0.9', '203.0.113.5', nobody), '127.0.0.9', 'a client-sent X-Forwarded-For is ignored');
  const loopback = trustedProxies('loopback');
  assert.equal(clientAddress('::ffff:127.0.0.1', '6.6.6.6, 203.0.113.5', loopback), '203.0.113.5', 'nginx appended the last entry');
  assert.equal(clientAddress('198.51.100.2', '203.0.113.5', loopback), '198.51.100.2', 'untrusted peer');
  assert.equal(clientAddress('127.0.0.1', 'garbage', loopback), '127.0.0.1');
  assert.throws(() => trustedProxies('proxy.example'), /TRUSTED_PROXIES/);
});

const server = http.createServer((req, res) => res.end(req.headers[STAMP_HEADER] ?? ''));
after(() => server.close());

test('every request is stamped before the app sees it; a client cannot bring its own stamp', async () => {
  stampClientAddresses('');
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const stamp = await new Promise<string>((resolve, reject) => {
    http
      .get(
        {
          host: '127.0.0.1',
          port,
          localAddress: '127.0.0.7',
          headers: { [STAMP_HEADER]: 'forged 203.0.113.1', 'x-forwarded-for': '203.0.113.2' },
        },
        (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve(body));
        },
      )
      .on('error', reject);
  });
  assert.equal(stampedClientAddress(new Headers({ [STAMP_HEADER]: stamp })), '127.0.0.7');
  assert.equal(stampedClientAddress(new Headers({ [STAMP_HEADER]: 'forged 203.0.113.1' })), null);
  assert.equal(stampedClientAddress(new Headers()), null);
});
