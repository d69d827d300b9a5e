import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";

const selectLists = new WeakMap<DataSource, Map<string, string>>();

/**
 * The select list of an entity's columns under its property names (`r."updated_at" AS "updatedAt"`),
 * derived from its TypeORM metadata: the entity is the one place a column is named, and raw SQL
 * reads rows shaped like the entity without typing the list again.
 */
export function entityColumns<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
): string {
  let lists = selectLists.get(dataSource);
  if (!lists) selectLists.set(dataSource, (lists = new Map<string, string>()));
  const metadata = dataSource.getMetadata(entity);
  const id = `${metadata.name}\u0000${alias}`;
  let list = lists.get(id);
  if (!list) {
    list = metadata.columns.map((c) => `${alias}."${c.databaseName}" AS "${c.propertyName}"`).join(", ");
    lists.set(id, list);
  }
  return list;
}
