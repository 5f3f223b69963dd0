/**
 * Self-hosted proof-of-work captcha (ALTCHA v2, altcha-lib). The server signs each challenge and
 * knows its answer (deterministic mode), so verifying costs one key derivation. A solution is
 * accepted once: its challenge signature goes into the replay store until the challenge expires.
 */
import crypto from 'node:crypto';
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { ReviewsConfig } from '../config';
import { ReviewsError } from '../utils/errors';
import type { ReplayStore } from './stores';

/** What a challenge is for: ratings may cost more work than comments (captcha.ratingCost). */
export type CaptchaPurpose = 'comment' | 'rating';

export interface CaptchaService {
  challenge(purpose?: CaptchaPurpose): Promise<Challenge>;
  /**
   * Throws ReviewsError('captcha') for a missing, malformed, wrong, expired or replayed payload, or a
   * challenge cheaper than the purpose asks.
   */
  verify(payload: unknown, purpose?: CaptchaPurpose): Promise<void>;
}

/** The widget posts base64(JSON {challenge, solution}); API clients may post the object itself. */
export function decodePayload(payload: unknown): { challenge: Challenge; solution: Solution } | null {
  let value: unknown = payload;
  if (typeof value === 'string') {
    if (value.length > 4096) return null;
    try {
      value = JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== 'object') return null;
  const { challenge, solution } = value as { challenge?: Challenge; solution?: Solution };
  if (!challenge?.parameters || typeof challenge.signature !== 'string' || !solution) return null;
  if (!Number.isInteger(solution.counter) || typeof solution.derivedKey !== 'string') return null;
  return { challenge, solution };
}

export function createCaptchaService(config: ReviewsConfig['captcha'], secret: string, replay: ReplayStore): CaptchaService {
  const signatureSecret = crypto.createHmac('sha256', secret).update('reviews:captcha:challenge').digest('hex');
  const keySecret = crypto.createHmac('sha256', secret).update('reviews:captcha:key').digest('hex');
  const costOf = (purpose: CaptchaPurpose) => (purpose === 'rating' ? (config.ratingCost ?? config.cost) : config.cost);
  return {
    challenge: (purpose = 'comment') =>
      createChallenge({
        algorithm: config.algorithm,
        cost: costOf(purpose),
        counter: randomInt(config.counterMax, config.counterMin),
        deriveKey,
        expiresAt: Math.floor(Date.now() / 1000) + config.expiresInSeconds,
        hmacSignatureSecret: signatureSecret,
        hmacKeySignatureSecret: keySecret,
      }),
    async verify(payload, purpose = 'comment') {
      const decoded = decodePayload(payload);
      if (!decoded) throw new ReviewsError('captcha');
      // Only challenges of this server's algorithm: a signed challenge cannot be re-labelled anyway.
      if (decoded.challenge.parameters.algorithm !== config.algorithm) throw new ReviewsError('captcha');
      // The cost is signed with the challenge: a cheap comment challenge does not buy a vote.
      if (!(Number(decoded.challenge.parameters.cost) >= costOf(purpose))) throw new ReviewsError('captcha', 400, { reason: 'cost' });
      let verified = false;
      let reason = 'invalid';
      try {
        const result = await verifySolution({
          challenge: decoded.challenge,
          solution: decoded.solution,
          deriveKey,
          hmacSignatureSecret: signatureSecret,
          hmacKeySignatureSecret: keySecret,
        });
        verified = result.verified;
        if (result.expired) reason = 'expired';
      } catch {
        verified = false;
      }
      if (!verified) throw new ReviewsError('captcha', 400, { reason });
      const expiresAt = (decoded.challenge.parameters.expiresAt ?? 0) * 1000;
      if (!(await replay.useOnce(decoded.challenge.signature!, expiresAt))) throw new ReviewsError('captcha', 400, { reason: 'replayed' });
    },
  };
}
