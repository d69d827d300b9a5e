import { getMetadataArgsStorage, type ObjectLiteral } from "typeorm";

type Property<T> = Extract<keyof T, string>;

/** An entity's table as raw SQL sees it: its qualified name and the column of each property. */
export interface SqlTable<T> {
  /** `schema.table` (or `table` when the entity names no schema). */
  readonly name: string;
  /** The column of each property. */
  readonly col: Readonly<Record<Property<T>, string>>;
  /** The columns of these properties (of every one when none are named), comma-separated: an INSERT's column list. */
  columns(...properties: Property<T>[]): string;
  /** `alias.column AS "property"` for these properties, or for every column when none are named. */
  select(alias: string, ...properties: Property<T>[]): string;
}

/**
 * Reads an entity's table and columns from its TypeORM decorators, with no DataSource: SQL built
 * when a module loads can name them, and the entity stays the one place where a column is named.
 */
export function sqlTable<T extends ObjectLiteral>(entity: new () => T): SqlTable<T> {
  const storage = getMetadataArgsStorage();
  const table = storage.tables.find((candidate) => candidate.target === entity);
  if (!table?.name) throw new Error(`${entity.name} is not an @Entity with a name`);
  const col = Object.fromEntries(
    storage
      .filterColumns(entity)
      .map((column) => [column.propertyName, column.options.name ?? column.propertyName]),
  ) as Record<Property<T>, string>;
  const every = Object.keys(col) as Property<T>[];
  return {
    name: table.schema ? `${table.schema}.${table.name}` : table.name,
    col,
    columns: (...properties) =>
      (properties.length > 0 ? properties : every).map((property) => col[property]).join(", "),
    select: (alias, ...properties) =>
      (properties.length > 0 ? properties : every)
        .map((property) => `${alias}.${col[property]} AS "${property}"`)
        .join(", "),
  };
}
