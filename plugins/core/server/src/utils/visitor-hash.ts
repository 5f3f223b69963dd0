import crypto from 'node:crypto';

/**
 * A visitor id is hash(salt of the day + the parts that identify a visitor, e.g. address and user
 * agent), 128 bits. The salt is random, kept for two days and then deleted, so an id cannot be linked
 * back to an address or to another day once it is gone.
 */
export function visitorHash(salt: string, ...parts: string[]): string {
  const h = crypto.createHash('sha256').update(salt);
  for (const part of parts) h.update('\0').update(part);
  return h.digest('base64url').slice(0, 22);
}

export const newSalt = () => crypto.randomBytes(32).toString('base64url');
