import type { GraphQLError } from 'graphql';
import type { FeedConfig } from '../config.js';
import { message, type Lang, type MessageKey } from '../messages.js';

/**
 * The limit errors raised before execution, reworded in the caller's language with a stable code
 * and the limit's name: graphql-js's token limit (a syntax error "Document contains more that N
 * tokens") and the document limits (graphql/document-limits.ts). Other errors are left as they are.
 */
const TOKEN_LIMIT = /^Syntax Error: Document contains more (?:than|that) \d+ tokens/;

const DOCUMENT_KEYS: Record<string, MessageKey> = {
  operations: 'operationsLimit',
  fragments: 'fragmentsLimit',
  directives: 'directivesLimit',
};

export function localizeLimitError(error: GraphQLError, lang: Lang, limits: FeedConfig['documentLimits']): void {
  const extensions = error.extensions as Record<string, unknown>;
  if (TOKEN_LIMIT.test(error.message)) {
    error.message = message(lang, 'tokenLimit', { max: limits.maxTokens });
    Object.assign(extensions, { code: 'TOKEN_LIMIT_EXCEEDED', limit: 'tokens', max: limits.maxTokens });
    return;
  }
  const key = typeof extensions.limit === 'string' ? DOCUMENT_KEYS[extensions.limit] : undefined;
  if (!key) return;
  error.message = message(lang, key, { max: Number(extensions.max), found: Number(extensions.found) });
  extensions.code = 'DOCUMENT_LIMIT_EXCEEDED';
}
