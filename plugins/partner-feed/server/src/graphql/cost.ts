import {
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The cost of a GraphQL operation: how many objects it may make the CMS load, at most.
 *
 * - a scalar field costs 0; an object field costs 1 plus the cost of its selection;
 * - a list field multiplies that by the page size it may return: its own `pagination`
 *   (`pageSize` or `limit`), else the page size of the `*_connection` field around it, else the
 *   GraphQL plugin's default limit — always capped at its max limit.
 *
 * The same figure is checked against the per-query maximum and charged to the caller's rate limit.
 */
export interface CostLimits {
  defaultLimit: number;
  maxLimit: number;
}

type Fragments = Record<string, FragmentDefinitionNode>;

function pageSize(args: Record<string, unknown>, limits: CostLimits): number | undefined {
  const pagination = args.pagination as { pageSize?: unknown; limit?: unknown } | undefined;
  const wanted = Number(pagination?.pageSize ?? pagination?.limit);
  if (!Number.isFinite(wanted)) return undefined;
  return Math.min(Math.max(Math.trunc(wanted), 1), limits.maxLimit);
}

function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Fragments;
  variables: Record<string, unknown>;
  limits: CostLimits;
  seen: Set<string>;
}

function selectionCost(walk: Walk, type: GraphQLCompositeType, set: SelectionSetNode, hint: number | undefined): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? (walk.schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType) : type;
      total += selectionCost(walk, on ?? type, selection.selectionSet, hint);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments[selection.name.value];
      if (!fragment || walk.seen.has(fragment.name.value)) continue;
      walk.seen.add(fragment.name.value);
      const on = walk.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
      total += selectionCost(walk, on ?? type, fragment.selectionSet, hint);
      walk.seen.delete(fragment.name.value);
      continue;
    }
    const field = fieldOf(type, selection.name.value);
    if (!field || !selection.selectionSet) continue;
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) continue;
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(field, selection, walk.variables);
    } catch {
      /* invalid arguments are reported by validation; count the defaults */
    }
    const own = pageSize(args, walk.limits);
    const list = isListType(getNullableType(field.type));
    const multiplier = list ? (own ?? hint ?? walk.limits.defaultLimit) : 1;
    total += multiplier * (1 + selectionCost(walk, named, selection.selectionSet, list ? undefined : own));
  }
  return total;
}

export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  variables: Record<string, unknown>,
  limits: CostLimits,
): number {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 1;
  const walk: Walk = { schema, fragments, variables, limits, seen: new Set() };
  return Math.max(1, selectionCost(walk, root, operation.selectionSet, undefined));
}

export function fragmentsOf(definitions: ReadonlyArray<{ kind: string }>): Fragments {
  const fragments: Fragments = {};
  for (const definition of definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const fragment = definition as FragmentDefinitionNode;
      fragments[fragment.name.value] = fragment;
    }
  }
  return fragments;
}
