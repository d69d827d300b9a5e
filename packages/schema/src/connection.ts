import { Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { PageInfo } from "./page-info";
import type { Page } from "./pagination";

/**
 * The Relay connection and edge types of a node type (`<Name>Connection`, `<Name>Edge`), so that
 * every list of the API has the same shape; a resolver returns a `Page<Node>`. A connection served by
 * more than one subgraph (the audit trail's) is `shareable`.
 */
export function connectionType<TNode extends object>(
  node: ClassType<TNode>,
  name: string,
  options: { shareable?: boolean } = {},
): ClassType<Page<TNode>> {
  const Shareable = (): ClassDecorator => (options.shareable ? Directive("@shareable") : () => undefined);

  @Shareable()
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: TNode;
  }

  @Shareable()
  @ObjectType(`${name}Connection`)
  class Connection implements Page<TNode> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }

  return Connection;
}
