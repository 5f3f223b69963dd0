/**
 * GraphQL: approved comments (paginated), rating summary and "top rated" list; mutations to submit a
 * comment, submit a rating and report a comment. Public fields only, like the REST routes.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { reportComment, submitComment, submitRating } from './services/actions';
import { RateLimitedError, toStrapiError } from './utils/errors';
import { getService } from './utils/get-service';
import { message, pickLang, type Lang } from './utils/messages';
import { requestInfo } from './utils/request';
import { articleRef, pageInput } from './utils/validation';

const typeDefs = /* GraphQL */ `
  "A public comment on an article (approved), with its approved replies."
  type ReviewComment {
    id: ID!
    parentId: ID
    authorName: String!
    "Plain text; render it escaped."
    text: String!
    createdAt: String!
    replies: [ReviewComment!]!
  }
  type ReviewCommentPagination {
    page: Int!
    pageSize: Int!
    total: Int!
    pageCount: Int!
  }
  type ReviewCommentPage {
    comments: [ReviewComment!]!
    pagination: ReviewCommentPagination!
  }
  "Star ratings of an article: count, average, Bayesian average and votes for 1–5 stars."
  type RatingSummary {
    count: Int!
    average: Float!
    bayesianAverage: Float!
    histogram: [Int!]!
  }
  type RatedArticle {
    article: ID!
    count: Int!
    average: Float!
    bayesianAverage: Float!
  }
  type ReviewSubmission {
    id: ID!
    status: String!
    message: String
  }
  input ReviewCommentInput {
    article: ID!
    locale: String!
    parentId: ID
    authorName: String!
    email: String
    text: String!
    "Honeypot: leave empty."
    website: String
    "ALTCHA payload (base64) from the captcha widget."
    captcha: String!
    "The commenter agreed to the privacy notice (must be true)."
    consent: Boolean
  }
  extend type Query {
    reviewComments(article: ID!, locale: String!, page: Int = 1, pageSize: Int = 10): ReviewCommentPage!
    ratingSummary(article: ID!, locale: String!): RatingSummary!
    topRatedArticles(locale: String!, limit: Int = 10): [RatedArticle!]!
  }
  extend type Mutation {
    submitReviewComment(input: ReviewCommentInput!): ReviewSubmission!
    submitRating(article: ID!, locale: String!, stars: Int!, captcha: String!): RatingSummary!
    reportReviewComment(id: ID!, locale: String): Boolean!
  }
`;

type Args = Record<string, unknown>;
type GqlContext = { koaContext: Context };

function resolver<T>(fn: (args: Args, ctx: Context, lang: Lang) => Promise<T>) {
  return async (_parent: unknown, args: Args, context: GqlContext): Promise<T> => {
    const ctx = context.koaContext;
    const input = (args.input ?? args) as Args;
    const lang = pickLang(input.locale, ctx.get('accept-language'));
    try {
      return await fn(args, ctx, lang);
    } catch (error) {
      if (error instanceof RateLimitedError) ctx.set('Retry-After', String(error.retryAfter));
      throw toStrapiError(error, lang);
    }
  };
}

function resolversOf(strapi: Core.Strapi) {
  const reviews = () => getService(strapi, 'reviews');
  const infoOf = (ctx: Context) => requestInfo(ctx, reviews().config.visitorCookie);
  return {
    Query: {
      reviewComments: resolver(async (args) => {
        const { article, locale } = articleRef(args);
        const { page, pageSize } = pageInput(args.page, args.pageSize);
        return reviews().comments.listPublic(article, locale, page, pageSize);
      }),
      ratingSummary: resolver(async (args) => {
        const { article, locale } = articleRef(args);
        return reviews().ratings.summary(article, locale);
      }),
      topRatedArticles: resolver(async (args) => {
        const locale = args.locale === 'en' ? 'en' : 'vi';
        return reviews().ratings.top(locale, Math.min(Math.max(Number(args.limit) || 10, 1), 50));
      }),
    },
    Mutation: {
      submitReviewComment: resolver(async (args, ctx, lang) => {
        const { id, status } = await submitComment(reviews(), { ...((args.input ?? {}) as Args), altcha: undefined }, infoOf(ctx));
        return { id, status, message: status === 'approved' ? null : message('awaitingModeration', lang) };
      }),
      submitRating: resolver(async (args, ctx) => submitRating(reviews(), { ...args, altcha: undefined }, infoOf(ctx))),
      reportReviewComment: resolver(async (args, ctx) => {
        await reportComment(reviews(), args.id, infoOf(ctx));
        return true;
      }),
    },
  };
}

const PUBLIC = [
  'Query.reviewComments',
  'Query.ratingSummary',
  'Query.topRatedArticles',
  'Mutation.submitReviewComment',
  'Mutation.submitRating',
  'Mutation.reportReviewComment',
];

export function registerGraphql(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service('extension').use(() => ({
    typeDefs,
    resolvers: resolversOf(strapi),
    resolversConfig: Object.fromEntries(PUBLIC.map((name) => [name, { auth: false }])),
  }));
}
