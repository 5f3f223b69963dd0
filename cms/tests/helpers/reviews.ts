/**
 * Helpers for the reviews plugin's API tests: fetch a captcha challenge and solve it the way the
 * browser widget does (altcha-lib, resolved from the plugin's own dependencies).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR } from './portal';

/** The parts of altcha-lib's types used here (the package is the plugin's dependency, not the CMS's). */
export interface Challenge {
  parameters: Record<string, unknown> & { expiresAt?: number };
  signature?: string;
}
type DeriveKey = (...args: never[]) => Promise<unknown>;
interface AltchaLib {
  solveChallenge(options: { challenge: Challenge; deriveKey: DeriveKey }): Promise<{ counter: number; derivedKey: string } | null>;
}

const pluginRequire = createRequire(path.resolve(CMS_DIR, '..', 'plugins', 'reviews', 'package.json'));
const altcha = pluginRequire('altcha-lib') as AltchaLib;
const sha = pluginRequire('altcha-lib/algorithms/sha') as { deriveKey: DeriveKey };

export async function fetchChallenge(url: string): Promise<Challenge> {
  const res = await fetch(`${url}/api/reviews/captcha/challenge`);
  if (res.status !== 200) throw new Error(`challenge: ${res.status}`);
  return (await res.json()) as Challenge;
}

/** The payload the widget posts: base64 of {challenge, solution}. */
export async function solve(challenge: Challenge): Promise<string> {
  const solution = await altcha.solveChallenge({ challenge, deriveKey: sha.deriveKey });
  if (!solution) throw new Error('captcha not solved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

export const captcha = async (url: string) => solve(await fetchChallenge(url));

/** A made-up client address, for servers that trust the test's loopback proxy. */
let n = 0;
export const fakeIp = () => {
  n += 1;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};
