import type { ASTVisitor, FieldNode, FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode, ValidationContext, ValueNode } from 'graphql'

import { languageFromHeader, translate } from '../i18n'
import { defaultQueryLimits } from '../plugins/queryLimits'

type GraphQLModule = typeof import('graphql')
type ValidationRule = (context: ValidationContext) => ASTVisitor

/** Deeper than this, a query is a load generator, not a page (a depth-4 REST read is about 10 levels). */
export const maxQueryDepth = 12

/** The deepest chain of field selections under a selection set, following fragments once each. */
function selectionDepth(
  graphql: GraphQLModule,
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting = new Set<string>(),
): number {
  if (!set) return 0
  let deepest = 0
  for (const selection of set.selections) {
    if (selection.kind === graphql.Kind.FIELD) deepest = Math.max(deepest, 1 + selectionDepth(graphql, selection.selectionSet, fragments, visiting))
    else if (selection.kind === graphql.Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, selectionDepth(graphql, selection.selectionSet, fragments, visiting))
    else if (!visiting.has(selection.name.value)) {
      visiting.add(selection.name.value)
      deepest = Math.max(deepest, selectionDepth(graphql, fragments.get(selection.name.value)?.selectionSet, fragments, visiting))
      visiting.delete(selection.name.value)
    }
  }
  return deepest
}

/** A literal or a variable's value. */
function argumentValue(graphql: GraphQLModule, node: ValueNode, variables: Record<string, unknown> | undefined): unknown {
  if (node.kind === graphql.Kind.VARIABLE) return variables?.[node.name.value]
  if (node.kind === graphql.Kind.INT) return Number(node.value)
  if (node.kind === graphql.Kind.BOOLEAN) return node.value
  return undefined
}

/**
 * The REST limits in GraphQL terms: list `limit` at most 100 (not 0, not `pagination: false`) and
 * a bounded nesting depth; Payload's complexity rule (maxComplexity) still applies on top.
 */
export function graphqlLimitRules(
  graphql: GraphQLModule,
  variables: Record<string, unknown> | undefined,
  acceptLanguage: string | null | undefined,
): ValidationRule[] {
  const language = languageFromHeader(acceptLanguage)
  const { maxLimit } = defaultQueryLimits
  const fail = (context: ValidationContext, key: string, values: Record<string, unknown>, node: FieldNode | OperationDefinitionNode) =>
    context.reportError(new graphql.GraphQLError(translate(language, key, values), { nodes: [node] }))

  const limits: ValidationRule = (context) => ({
    Field(node) {
      for (const argument of node.arguments ?? []) {
        const value = argumentValue(graphql, argument.value, variables)
        if (argument.name.value === 'limit' && typeof value === 'number' && (value > maxLimit || value <= 0)) {
          fail(context, value > maxLimit ? 'errors.limitTooHigh' : 'errors.unpaged', { max: maxLimit, limit: value }, node)
        }
        if (argument.name.value === 'pagination' && value === false) fail(context, 'errors.unpaged', { max: maxLimit }, node)
      }
    },
  })

  const depth: ValidationRule = (context) => ({
    OperationDefinition(node) {
      const fragments = new Map(
        context
          .getDocument()
          .definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === graphql.Kind.FRAGMENT_DEFINITION)
          .map((fragment) => [fragment.name.value, fragment]),
      )
      const levels = selectionDepth(graphql, node.selectionSet, fragments)
      if (levels > maxQueryDepth) fail(context, 'errors.queryTooDeep', { depth: levels, max: maxQueryDepth }, node)
    },
  })

  return [limits, depth]
}
