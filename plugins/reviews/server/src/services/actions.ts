/**
 * The citizen actions, shared by REST and GraphQL: each one identifies the visitor, counts the
 * attempt against their IP's rate limit, checks honeypot / input / captcha / article, then acts.
 */
import { ReviewsError } from '../utils/errors';
import { commentInput, starsInput, articleRef } from '../utils/validation';
import type { RatingSummary } from './ratings';
import type { RequestInfo, Reviews } from './reviews';

type Fields = Record<string, unknown>;

async function visitorFor(reviews: Reviews, req: RequestInfo, bucket: 'comments' | 'ratings' | 'reports') {
  const visitor = await reviews.identify(req);
  await reviews.limit(bucket, visitor);
  return visitor;
}

async function requirePublished(reviews: Reviews, article: string, locale: string) {
  if (!(await reviews.articleExists(article, locale))) throw new ReviewsError('articleInvalid', 404);
}

export async function submitComment(reviews: Reviews, fields: Fields, req: RequestInfo) {
  const visitor = await visitorFor(reviews, req, 'comments');
  // The honeypot: a field people never see and robots fill in.
  if (typeof fields.website === 'string' && fields.website.trim() !== '') throw new ReviewsError('honeypot');
  const input = commentInput(fields);
  await reviews.captcha.verify(fields.altcha ?? fields.captcha);
  await requirePublished(reviews, input.article, input.locale);
  return reviews.comments.submit(input, visitor.visitorHash);
}

export async function submitRating(reviews: Reviews, fields: Fields, req: RequestInfo): Promise<RatingSummary & { mine: number }> {
  const visitor = await visitorFor(reviews, req, 'ratings');
  const { article, locale } = articleRef(fields);
  const stars = starsInput(fields.stars);
  await reviews.captcha.verify(fields.altcha ?? fields.captcha, 'rating');
  await requirePublished(reviews, article, locale);
  // A voter changing their vote is free; each new voter counts against the network's quota.
  if ((await reviews.ratings.mine(article, locale, visitor.visitorHash, visitor.formerHash)) === null)
    await reviews.limitNewVoter(article, locale, visitor);
  return { ...(await reviews.ratings.vote(article, locale, visitor.visitorHash, stars, visitor.formerHash)), mine: stars };
}

export async function reportComment(reviews: Reviews, rawId: unknown, req: RequestInfo) {
  const id = Number(rawId);
  if (!Number.isSafeInteger(id) || id <= 0) throw new ReviewsError('commentNotFound', 404);
  const visitor = await visitorFor(reviews, req, 'reports');
  return reviews.comments.report(id, visitor.ipHash);
}
