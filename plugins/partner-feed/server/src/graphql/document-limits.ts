import { BREAK, GraphQLError, Kind, visit, type DocumentNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Bounds on the shape of a whole /graphql document, checked when validation enters the document,
 * before any other rule walks it: operations (a document of 12,000 operations with `operationName`
 * picking one), fragment definitions (fragments spread side by side make graphql-js's "fields can
 * merge" rule quadratic) and directives (`@include(if: true)` repeated 55,000 times).
 *
 * The token limit (graphql-js `parse(..., { maxTokens })`) already bounds the document's size, so
 * counting here is one linear walk of at most that many nodes. When a limit is exceeded the rule
 * reports it and returns `null` for the document node, which ends the validation walk at once:
 * the other rules never see the hostile document and nothing is executed.
 */
export interface DocumentLimits {
  maxOperations: number;
  maxFragments: number;
  maxDirectives: number;
}

export type DocumentLimit = 'operations' | 'fragments' | 'directives';

export interface DocumentCounts {
  operations: number;
  fragments: number;
  directives: number;
}

/** Counts operations, fragment definitions and directives; stops early once every count is over its limit. */
export function countDocument(document: DocumentNode, limits: DocumentLimits): DocumentCounts {
  const counts: DocumentCounts = { operations: 0, fragments: 0, directives: 0 };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) counts.operations += 1;
    if (definition.kind === Kind.FRAGMENT_DEFINITION) counts.fragments += 1;
  }
  visit(document, {
    Directive() {
      counts.directives += 1;
      return counts.directives > limits.maxDirectives ? BREAK : undefined;
    },
  });
  return counts;
}

const MAX: Record<DocumentLimit, keyof DocumentLimits> = {
  operations: 'maxOperations',
  fragments: 'maxFragments',
  directives: 'maxDirectives',
};

export function documentLimitsRule(limits: DocumentLimits): ValidationRule {
  return (context: ValidationContext) => ({
    Document(document) {
      const counts = countDocument(document, limits);
      let exceeded = false;
      for (const limit of Object.keys(MAX) as DocumentLimit[]) {
        const max = limits[MAX[limit]];
        if (counts[limit] <= max) continue;
        exceeded = true;
        context.reportError(
          new GraphQLError(
            `Document limit exceeded: more than ${max} ${limit} in one document (found ${counts[limit]}${limit === 'directives' ? ' or more' : ''}).`,
            {
              extensions: { code: 'DOCUMENT_LIMIT_EXCEEDED', limit, max, found: counts[limit] },
            },
          ),
        );
      }
      // `null` replaces the document in graphql-js's visitor: no rule walks into it.
      return exceeded ? null : undefined;
    },
  });
}
