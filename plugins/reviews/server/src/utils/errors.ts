import { errors } from '@strapi/utils';
import { message, type Lang, type MessageKey } from './messages';

/** A refusal a citizen can read: its message is picked in the caller's language at the edge. */
export class ReviewsError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly status: 400 | 404 | 429 = 400,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'ReviewsError';
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

/** Turn a ReviewsError into Strapi's error types (REST envelope, GraphQL extensions); rethrow others. */
export function toStrapiError(error: unknown, lang: Lang): unknown {
  if (!(error instanceof ReviewsError)) return error;
  const text = message(error.key, lang, error.params);
  const details = { code: error.key, ...error.params };
  if (error.status === 429) return new errors.RateLimitError(text, details);
  if (error.status === 404) return new errors.NotFoundError(text, details);
  return new errors.ValidationError(text, details);
}
