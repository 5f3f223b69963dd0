import { PortalError, toStrapiError } from '@portal/strapi-plugin-core/shared';
import { MESSAGES, type MessageKey } from './messages';

export { toStrapiError };

/** A refusal a citizen can read: its message is picked in the caller's language at the edge. */
export class ReviewsError extends PortalError<MessageKey> {
  constructor(key: MessageKey, status: 400 | 404 | 429 = 400, params: Record<string, string | number> = {}) {
    super(MESSAGES, key, { status, params });
  }
}

export class RateLimitedError extends ReviewsError {
  constructor(
    readonly retryAfter: number,
    key: 'rateLimited' | 'votesPerNetwork' = 'rateLimited',
  ) {
    super(key, 429, { seconds: retryAfter, hours: Math.max(1, Math.ceil(retryAfter / 3600)) });
  }
}
