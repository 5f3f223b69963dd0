import { GraphQLError, Kind, type ASTNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Refuses an operation with more than `max` aliases (fragments included, each counted once per use).
 * Aliases let one request ask for the same expensive field many times; the cost limit counts that too,
 * but a plain alias cap gives the caller a clearer message. Runs at validation: nothing is executed.
 */
export function aliasLimitRule(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const count = (node: ASTNode, seen: Set<string>): number => {
      let total = 0;
      if (node.kind === Kind.FIELD && node.alias && node.alias.value !== node.name.value) total += 1;
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = context.getFragment(node.name.value);
        if (!fragment || seen.has(fragment.name.value)) return 0;
        return count(fragment, new Set([...seen, fragment.name.value]));
      }
      if ('selectionSet' in node && node.selectionSet) {
        for (const child of node.selectionSet.selections) total += count(child, seen);
      }
      return total;
    };
    return {
      OperationDefinition(operation) {
        const aliases = count(operation, new Set());
        if (aliases > max) {
          context.reportError(
            new GraphQLError(`Alias limit exceeded: the operation uses ${aliases} aliases, the maximum is ${max}.`, {
              nodes: [operation],
              extensions: { code: 'ALIAS_LIMIT_EXCEEDED', limit: 'aliases', max, found: aliases },
            }),
          );
        }
      },
    };
  };
}
