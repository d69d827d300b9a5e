import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  OperationTypeNode,
  parse,
  valueFromASTUntyped,
  type DirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

/** A field's `@listSize`: how many items a list (or the `sizedFields` of a connection) holds. */
export interface ListSize {
  assumedSize?: number;
  slicingArguments: string[];
  sizedFields: string[];
}

/** The `@cost` and `@listSize` declarations of a schema, by `Type.field` (and type for `@cost` on types). */
export interface CostDirectives {
  fieldWeights: Map<string, number>;
  typeWeights: Map<string, number>;
  listSizes: Map<string, ListSize>;
}

/** Size of a list that declares neither a slicing argument nor an assumed size. */
export const DEFAULT_LIST_SIZE = 10;
/** The spec's default weight of a mutation's root field. */
export const MUTATION_FIELD_WEIGHT = 10;

/**
 * Reads `@cost(weight:)` and `@listSize(...)` from SDL: a subgraph's own, or the supergraph's (the
 * gateway's API schema drops both, so the gateway reads them from the supergraph file).
 */
export function readCostDirectives(sdl: string): CostDirectives {
  const directives: CostDirectives = {
    fieldWeights: new Map(),
    typeWeights: new Map(),
    listSizes: new Map(),
  };
  if (sdl.trim() === "") return directives;
  for (const definition of parse(sdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    )
      continue;
    const typeName = definition.name.value;
    const typeWeight = weightOf(definition.directives);
    if (typeWeight !== undefined) directives.typeWeights.set(typeName, typeWeight);
    for (const field of definition.fields ?? []) readFieldDirectives(directives, typeName, field);
  }
  return directives;
}

function readFieldDirectives(directives: CostDirectives, typeName: string, field: FieldDefinitionNode): void {
  const key = `${typeName}.${field.name.value}`;
  const weight = weightOf(field.directives);
  if (weight !== undefined) directives.fieldWeights.set(key, weight);
  const listSize = field.directives?.find((directive) => directive.name.value === "listSize");
  if (!listSize) return;
  const args = Object.fromEntries(
    (listSize.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]),
  );
  directives.listSizes.set(key, {
    assumedSize: typeof args.assumedSize === "number" ? args.assumedSize : undefined,
    slicingArguments: Array.isArray(args.slicingArguments) ? args.slicingArguments.map(String) : [],
    sizedFields: Array.isArray(args.sizedFields) ? args.sizedFields.map(String) : [],
  });
}

function weightOf(directives: readonly DirectiveNode[] | undefined): number | undefined {
  const cost = directives?.find((directive) => directive.name.value === "cost");
  const weight = cost?.arguments?.find((arg) => arg.name.value === "weight")?.value;
  return weight?.kind === Kind.INT ? Number(weight.value) : undefined;
}

export interface OperationCostInput {
  schema: GraphQLSchema;
  directives: CostDirectives;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * The operation's estimated cost, as the demand-control spec (IBM's GraphQL cost directives, which
 * Apollo Router and Hive Gateway implement) defines it: each object costs 1 (or its `@cost`),
 * scalars and enums 0 unless weighted, a mutation's root fields 10; a list multiplies its items'
 * cost by its size, taken from the slicing argument (a literal, a variable, or the argument's
 * default), else the assumed size. Sizes multiply down the tree, so a cycle such as
 * Role.questions → Question.role → Role.questions is charged at every level. Fragments are charged
 * where they are spread; `_entities` is sized by its representations.
 */
export function operationCost(input: OperationCostInput): number {
  const operation = findOperation(input.document, input.operationName);
  if (!operation) return 0;
  const rootType =
    operation.operation === OperationTypeNode.MUTATION
      ? input.schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? input.schema.getSubscriptionType()
        : input.schema.getQueryType();
  if (!rootType) return 0;
  const walker = new CostWalker(input, operation);
  return walker.selectionSetCost(rootType, operation.selectionSet, new Map(), new Set());
}

function findOperation(document: DocumentNode, name?: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return name ? operations.find((operation) => operation.name?.value === name) : operations[0];
}

class CostWalker {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly variables: Record<string, unknown>;
  /** Fragment costs by fragment and the sizes imposed on it: a fragment spread many times is walked once. */
  private readonly fragmentCosts = new Map<string, number>();

  constructor(
    private readonly input: OperationCostInput,
    private readonly operation: OperationDefinitionNode,
  ) {
    for (const definition of input.document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    this.variables = { ...this.variableDefaults(), ...(input.variables ?? {}) };
  }

  /**
   * `sizes` are the list sizes a parent connection imposes on its `sizedFields`; `spreading` the
   * fragments on the current path (a circular spread is invalid and charged nothing here).
   */
  selectionSetCost(
    parentType: GraphQLCompositeType,
    selectionSet: SelectionSetNode,
    sizes: Map<string, number>,
    spreading: Set<string>,
  ): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += this.fieldCost(parentType, selection.name.value, selection, sizes, spreading);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? this.input.schema.getType(selection.typeCondition.name.value)
          : parentType;
        if (type && isCompositeType(type))
          total += this.selectionSetCost(type, selection.selectionSet, sizes, spreading);
      } else {
        total += this.fragmentCost(selection.name.value, sizes, spreading);
      }
    }
    return total;
  }

  private fragmentCost(name: string, sizes: Map<string, number>, spreading: Set<string>): number {
    const fragment = this.fragments.get(name);
    if (!fragment || spreading.has(name)) return 0;
    const key = `${name}|${[...sizes].join(",")}`;
    const known = this.fragmentCosts.get(key);
    if (known !== undefined) return known;
    const type = this.input.schema.getType(fragment.typeCondition.name.value);
    const cost =
      type && isCompositeType(type)
        ? this.selectionSetCost(type, fragment.selectionSet, sizes, new Set([...spreading, name]))
        : 0;
    this.fragmentCosts.set(key, cost);
    return cost;
  }

  private fieldCost(
    parentType: GraphQLCompositeType,
    fieldName: string,
    node: {
      arguments?: readonly { name: { value: string }; value: ValueNode }[];
      selectionSet?: SelectionSetNode;
    },
    sizes: Map<string, number>,
    spreading: Set<string>,
  ): number {
    if (!isObjectType(parentType) && !("getFields" in parentType)) return 0;
    const field = parentType.getFields()[fieldName] as GraphQLField<unknown, unknown> | undefined;
    if (!field) return 0;
    const key = `${parentType.name}.${fieldName}`;
    const namedType = getNamedType(field.type);
    const { directives } = this.input;
    const weight = fieldWeight(this.input, parentType, field);
    const args = this.argumentValues(field, node.arguments ?? []);
    const listSize = directives.listSizes.get(key);
    const childSizes = new Map<string, number>();
    const sliced = listSize ? this.slicedSize(listSize, args) : undefined;
    if (listSize && sliced !== undefined)
      for (const sized of listSize.sizedFields) childSizes.set(sized, sliced);
    const isList = isListType(getNullableType(field.type));
    const multiplier = isList
      ? (sizes.get(fieldName) ??
        (fieldName === "_entities" && Array.isArray(args.representations)
          ? args.representations.length
          : undefined) ??
        (listSize && listSize.sizedFields.length === 0 ? sliced : undefined) ??
        DEFAULT_LIST_SIZE)
      : 1;
    const childCost =
      node.selectionSet && isCompositeType(namedType)
        ? this.selectionSetCost(namedType, node.selectionSet, childSizes, spreading)
        : 0;
    return multiplier * (weight + childCost);
  }

  /** The slicing argument's value, else the assumed size. */
  private slicedSize(listSize: ListSize, args: Record<string, unknown>): number | undefined {
    const sliced = listSize.slicingArguments
      .map((name) => args[name])
      .filter((value): value is number => typeof value === "number" && Number.isFinite(value));
    if (sliced.length > 0) return Math.max(0, ...sliced);
    return listSize.assumedSize;
  }

  private argumentValues(
    field: GraphQLField<unknown, unknown>,
    nodes: readonly { name: { value: string }; value: ValueNode }[],
  ): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const arg of field.args) if (arg.defaultValue !== undefined) values[arg.name] = arg.defaultValue;
    for (const node of nodes) {
      const value = valueFromASTUntyped(node.value, this.variables);
      if (value !== undefined && value !== null) values[node.name.value] = value;
    }
    return values;
  }

  private variableDefaults(): Record<string, unknown> {
    return Object.fromEntries(
      (this.operation.variableDefinitions ?? [])
        .filter((definition) => definition.defaultValue !== undefined)
        .map((definition) => [definition.variable.name.value, valueFromASTUntyped(definition.defaultValue!)]),
    );
  }
}

/** A field's own weight: its `@cost`, else its type's, else 10 for a mutation, 1 for an object, 0. */
function fieldWeight(
  input: Pick<OperationCostInput, "schema" | "directives">,
  parentType: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
): number {
  const namedType = getNamedType(field.type);
  return (
    input.directives.fieldWeights.get(`${parentType.name}.${field.name}`) ??
    input.directives.typeWeights.get(namedType.name) ??
    (parentType === input.schema.getMutationType()
      ? MUTATION_FIELD_WEIGHT
      : isCompositeType(namedType)
        ? 1
        : 0)
  );
}

/**
 * The cost of what the operation actually returned: the same weights, with each list's real length
 * instead of its estimate. Linear in the response, so cheap to know once it is there.
 */
export function actualOperationCost(input: OperationCostInput & { data: unknown }): number {
  const operation = findOperation(input.document, input.operationName);
  const rootType =
    operation?.operation === OperationTypeNode.MUTATION
      ? input.schema.getMutationType()
      : input.schema.getQueryType();
  if (!operation || !rootType) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of input.document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

  const selectionCost = (
    parentType: GraphQLCompositeType,
    selectionSet: SelectionSetNode,
    value: unknown,
  ): number => {
    if (value === null || typeof value !== "object") return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!("getFields" in parentType)) continue;
        const field = parentType.getFields()[selection.name.value] as
          GraphQLField<unknown, unknown> | undefined;
        if (!field) continue;
        const fieldValue = (value as Record<string, unknown>)[selection.alias?.value ?? selection.name.value];
        total += valueCost(parentType, field, selection.selectionSet, fieldValue);
        continue;
      }
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      if (!fragment) continue;
      const type = fragment.typeCondition
        ? input.schema.getType(fragment.typeCondition.name.value)
        : parentType;
      // fields of a fragment on another type are simply absent from this object, and cost nothing
      if (type && isCompositeType(type)) total += selectionCost(type, fragment.selectionSet, value);
    }
    return total;
  };
  // a field's weight is looked up once per field, not once per item of every list it is in
  const weights = new Map<GraphQLField<unknown, unknown>, number>();
  const valueCost = (
    parentType: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    selectionSet: SelectionSetNode | undefined,
    value: unknown,
  ): number => {
    if (value === null || value === undefined) return 0;
    let weight = weights.get(field);
    if (weight === undefined) weights.set(field, (weight = fieldWeight(input, parentType, field)));
    const namedType = getNamedType(field.type);
    const childSelections = selectionSet && isCompositeType(namedType) ? selectionSet : undefined;
    const itemCost = (item: unknown): number =>
      item === null
        ? 0
        : weight +
          (childSelections ? selectionCost(namedType as GraphQLCompositeType, childSelections, item) : 0);
    if (!Array.isArray(value)) return itemCost(value);
    let total = 0;
    for (const item of value) total += itemCost(item);
    return total;
  };
  return selectionCost(rootType, operation.selectionSet, input.data);
}
