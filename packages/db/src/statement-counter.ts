import type { Logger as TypeOrmLogger } from "typeorm";
import type { Logger } from "@careergraph/logger";
import { databaseStatements } from "@careergraph/metrics";

/**
 * Counts the SQL statements a DataSource sends (TypeORM reports every one to its logger). Tests
 * reset it before a request and read it after, to assert statements per request exactly.
 */
export class StatementCounter implements TypeOrmLogger {
  private total = 0;

  constructor(private readonly logger?: Logger) {}

  /** Statements sent since the process started (or the last `reset`). */
  get count(): number {
    return this.total;
  }

  reset(): void {
    this.total = 0;
  }

  logQuery(): void {
    this.total += 1;
    databaseStatements.inc();
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger?.warn({ err: error, query }, "sql statement failed");
  }

  logQuerySlow(time: number, query: string): void {
    this.logger?.warn({ ms: time, query }, "slow sql statement");
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger?.info({ migration: message }, "migration");
  }

  log(): void {}
}
