import type { Core } from '@strapi/strapi';

/**
 * Benchmark aid, off unless FEED_COUNT_SQL=true: counts the SQL statements each request runs and
 * answers them in an `X-SQL-Statements` header (to show that page size does not change the count).
 */
export const sqlCounting = () => process.env.FEED_COUNT_SQL === 'true';

export function countSqlStatements(strapi: Core.Strapi) {
  if (!sqlCounting()) return;
  type State = { state: { sqlStatements?: number } };
  strapi.server.use(async (ctx: State & { set(n: string, v: string): void }, next: () => Promise<unknown>) => {
    ctx.state.sqlStatements = 0;
    await next();
    ctx.set('X-SQL-Statements', String(ctx.state.sqlStatements));
  });
  strapi.db.connection.on('query', () => {
    const ctx = strapi.requestContext.get() as State | undefined;
    if (ctx?.state && typeof ctx.state.sqlStatements === 'number') ctx.state.sqlStatements += 1;
  });
}
