import crypto from 'node:crypto';

/**
 * A visitor is hash(salt of the day + IP + user agent). The salt is random, kept for two days and then
 * deleted, so a visitor id cannot be linked back to an address or to another day once it is gone.
 */
export function visitorId(salt: string, ip: string, userAgent: string): string {
  return crypto.createHash('sha256').update(salt).update('\0').update(ip).update('\0').update(userAgent).digest('base64url').slice(0, 22);
}

export const newSalt = () => crypto.randomBytes(32).toString('base64url');
