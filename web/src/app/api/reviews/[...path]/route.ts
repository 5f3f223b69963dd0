/**
 * Ratings, comments and the captcha challenge on the portal's own origin, forwarded to the CMS's
 * reviews plugin. The CMS limits comments and votes per citizen, so the web names the citizen's
 * address (`x-portal-client-ip`, see lib/server/client-address) together with its server-side key
 * (`x-portal-web-key` = REVALIDATE_SECRET); the CMS believes the address only with that key. Nothing
 * else the browser sent about addresses (X-Forwarded-For…) is passed on.
 */
import { CLIENT_IP_HEADER, WEB_KEY_HEADER } from '@portal/contract';
import { CMS_URL } from '@/lib/cms/client';
import { stampedClientAddress } from '@/lib/server/client-address';

export const dynamic = 'force-dynamic';

const MAX_BODY = 64 * 1024;
const REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'user-agent'];
const DROPPED_RESPONSE_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
  'set-cookie',
]);
const VISITOR_COOKIE = /(?:^|;\s*)(portal_vid=[^;]*)/;

const failure = (request: Request, status: number) => {
  const en = (request.headers.get('accept-language') ?? '').toLowerCase().startsWith('en');
  const message =
    status === 413
      ? en
        ? 'The submission is too large.'
        : 'Nội dung gửi quá lớn.'
      : en
        ? 'Comments are unavailable right now. Please try again later.'
        : 'Chức năng bình luận tạm thời gián đoạn. Vui lòng thử lại sau.';
  return Response.json(
    { data: null, error: { status, name: status === 413 ? 'PayloadTooLargeError' : 'ServiceUnavailableError', message } },
    { status, headers: { 'Cache-Control': 'no-store' } },
  );
};

async function forward(request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const { path } = await params;
  const target = `${CMS_URL}/api/reviews/${path.map(encodeURIComponent).join('/')}${new URL(request.url).search}`;
  const headers = new Headers();
  for (const name of REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const visitorCookie = VISITOR_COOKIE.exec(request.headers.get('cookie') ?? '')?.[1];
  if (visitorCookie) headers.set('cookie', visitorCookie);
  const secret = process.env.REVALIDATE_SECRET;
  const client = stampedClientAddress(request.headers);
  if (secret) {
    headers.set(WEB_KEY_HEADER, secret);
    if (client) headers.set(CLIENT_IP_HEADER, client);
  }
  let body: ArrayBuffer | undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) return failure(request, 413);
    body = await request.arrayBuffer();
    if (body.byteLength > MAX_BODY) return failure(request, 413);
  }
  let res: Response | undefined;
  // A pooled connection to the CMS (or to the proxy in front of its nodes) may be closed just as it is reused —
  // a proxy reload, a node restarting. The request then goes again on a new connection, up to twice. Safe for
  // writes too: each comment or rating carries a one-time captcha solution, so a repeat of one that did reach
  // the CMS is refused as a replay, never stored twice.
  for (let attempt = 0; !res; attempt += 1) {
    try {
      res = await fetch(target, { method: request.method, headers, body, cache: 'no-store', redirect: 'manual' });
    } catch {
      if (attempt === 2) return failure(request, 503);
    }
  }
  const out = new Headers();
  res.headers.forEach((value, name) => {
    if (!DROPPED_RESPONSE_HEADERS.has(name)) out.set(name, value);
  });
  // The visitor cookie (set only once the citizen rated) is Secure whenever the citizen came over HTTPS.
  const https = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  for (const cookie of res.headers.getSetCookie())
    out.append('set-cookie', https && !/;\s*secure/i.test(cookie) ? `${cookie}; Secure` : cookie);
  return new Response(res.body, { status: res.status, headers: out });
}

export { forward as GET, forward as POST };
