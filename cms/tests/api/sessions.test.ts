/**
 * Logging out ends the device that asked, never the account's other sessions: a reporter logged in on a
 * laptop and a phone who logs out (or is logged out) on one keeps working on the other. The logout bodies
 * are the admin's own (@strapi/admin, features/Auth.js): the button sends `{ deviceId }` and then an empty
 * POST; the forced path after a 401 or a dead session sends only the empty POST.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { AUTHOR, EDITOR, startSeededServer, type SeededServer } from '../helpers/portal';

const REFRESH_COOKIE = 'strapi_admin_refresh';

let seeded: SeededServer;

before(async () => {
  seeded = await startSeededServer();
});

after(async () => {
  await seeded?.stop();
});

interface Device {
  deviceId: string;
  token: string;
  /** The refresh cookie as the browser holds it (`name=value`). */
  cookie: string;
}

/** The refresh cookie a response sets, as `name=value` ('' when it clears it). */
function refreshCookie(headers: Headers): string | null {
  const set = headers.getSetCookie().find((c) => c.startsWith(`${REFRESH_COOKIE}=`));
  return set ? set.split(';')[0]! : null;
}

/** One browser: the admin's login form sends the UUID it keeps in localStorage (utils/deviceId.js). */
async function logIn(who: typeof AUTHOR): Promise<Device> {
  const deviceId = crypto.randomUUID();
  const res = await fetch(`${seeded.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...who, deviceId, rememberMe: false }),
  });
  assert.equal(res.status, 200, await res.clone().text());
  const cookie = refreshCookie(res.headers);
  assert.ok(cookie, 'the login sets a refresh cookie');
  return { deviceId, token: ((await res.json()) as { data: { token: string } }).data.token, cookie };
}

const me = (d: Device) => seeded.api.get('/admin/users/me', { authorization: `Bearer ${d.token}` });

/** The admin's silent renewal: the refresh cookie for a new access token (and a rotated cookie). */
async function renew(d: Device): Promise<{ status: number; token?: string; cookie?: string | null }> {
  const res = await fetch(`${seeded.url}/admin/access-token`, { method: 'POST', headers: { cookie: d.cookie } });
  if (res.status !== 200) return { status: res.status };
  return { status: 200, token: ((await res.json()) as { data: { token: string } }).data.token, cookie: refreshCookie(res.headers) };
}

const logOut = (d: Device, body?: unknown) =>
  fetch(`${seeded.url}/admin/logout`, {
    method: 'POST',
    headers: { authorization: `Bearer ${d.token}`, cookie: d.cookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

async function assertEnded(d: Device, label: string) {
  assert.equal((await me(d)).status, 401, `${label}: its access token no longer works`);
  assert.equal((await renew(d)).status, 401, `${label}: its refresh cookie no longer renews`);
}

async function assertAlive(d: Device, label: string) {
  assert.equal((await me(d)).status, 200, `${label}: its access token still works`);
  const renewed = await renew(d);
  assert.equal(renewed.status, 200, `${label}: its refresh cookie still renews`);
  assert.ok(renewed.token && renewed.cookie);
  d.token = renewed.token;
  d.cookie = renewed.cookie;
  assert.equal((await me(d)).status, 200, `${label}: the renewed access token works`);
}

describe('logout ends one device', () => {
  test('the forced logout (an empty POST) ends the laptop only; the phone keeps working and renewing', async () => {
    const laptop = await logIn(AUTHOR);
    const phone = await logIn(AUTHOR);
    const res = await logOut(laptop);
    assert.equal(res.status, 200, await res.text());
    assert.equal(refreshCookie(res.headers), `${REFRESH_COOKIE}=`, 'the laptop’s refresh cookie is cleared');
    await assertEnded(laptop, 'laptop');
    await assertAlive(phone, 'phone');
  });

  test('the logout button ({ deviceId }, then an empty POST) ends that device only', async () => {
    const laptop = await logIn(EDITOR);
    const phone = await logIn(EDITOR);
    assert.equal((await logOut(laptop, { deviceId: laptop.deviceId })).status, 200);
    assert.equal((await logOut(laptop)).status, 401, 'the second call finds the session already ended');
    await assertEnded(laptop, 'laptop');
    await assertAlive(phone, 'phone');
  });

  test('after a renewal, the forced logout still ends only the device that renewed', async () => {
    const phone = await logIn(AUTHOR);
    const tablet = await logIn(AUTHOR);
    const renewed = await renew(phone);
    assert.equal(renewed.status, 200);
    const phoneNow = { ...phone, token: renewed.token!, cookie: renewed.cookie! };
    assert.equal((await logOut(phoneNow)).status, 200);
    await assertEnded(phoneNow, 'phone');
    await assertAlive(tablet, 'tablet');
  });
});
