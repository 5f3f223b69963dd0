import type { Core } from '@strapi/strapi';
import { getCounter } from './services/counter';

/** GraphQL: `visitStats` and `articleViews(documentIds)`, public and read-only. */
export function registerGraphql(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const counter = () => getCounter(strapi);
  graphql.service('extension').use(() => ({
    typeDefs: /* GraphQL */ `
      "Site visit statistics (cached for a few seconds)."
      type VisitStats {
        "All-time page views, continuing from the portal's starting figure."
        total: Int!
        "Page views today (portal time zone)."
        todayHits: Int!
        "Distinct visitors today."
        todayVisitors: Int!
        "Distinct visitors seen within the last onlineWindowMinutes."
        online: Int!
        onlineWindowMinutes: Int!
        "Today's date, YYYY-MM-DD."
        date: String!
        updatedAt: String!
      }
      type ArticleViews {
        documentId: ID!
        views: Int!
      }
      extend type Query {
        visitStats: VisitStats!
        "Views of up to 100 articles."
        articleViews(documentIds: [ID!]!): [ArticleViews!]!
      }
    `,
    resolvers: {
      Query: {
        visitStats: async () => {
          const s = await counter().siteStats();
          return {
            total: s.total,
            todayHits: s.today.hits,
            todayVisitors: s.today.visitors,
            online: s.online,
            onlineWindowMinutes: s.onlineWindowMinutes,
            date: s.today.date,
            updatedAt: s.updatedAt,
          };
        },
        articleViews: async (_: unknown, { documentIds }: { documentIds: string[] }) => {
          const ids = [...new Set(documentIds)].slice(0, 100);
          const views = await counter().articleViews(ids);
          return ids.map((documentId) => ({ documentId, views: views.get(documentId) ?? 0 }));
        },
      },
    },
    resolversConfig: {
      'Query.visitStats': { auth: false },
      'Query.articleViews': { auth: false },
    },
  }));
}
