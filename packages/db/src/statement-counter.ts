import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger as TypeOrmLogger } from "typeorm";
import type { Logger } from "@careergraph/logger";

/**
 * Counts the SQL statements a DataSource sends: in total, and per request when the request runs
 * inside `withRequestCount`. Tests read it to assert statements per request exactly.
 */
export class StatementCounter implements TypeOrmLogger {
  private total = 0;
  private readonly perRequest = new AsyncLocalStorage<{ count: number }>();

  constructor(private readonly logger?: Logger) {}

  /** Statements sent since the process started (or the last `reset`). */
  get count(): number {
    return this.total;
  }

  reset(): void {
    this.total = 0;
  }

  /** Runs `work` and reports how many statements it sent, even with other work running at the same time. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const store = { count: 0 };
    const result = await this.perRequest.run(store, work);
    return { result, statements: store.count };
  }

  /** Wraps a request so that `currentRequestCount` can be read at its end (for logs and headers). */
  runInRequest<T>(work: () => T): T {
    return this.perRequest.run({ count: 0 }, work);
  }

  currentRequestCount(): number | undefined {
    return this.perRequest.getStore()?.count;
  }

  logQuery(): void {
    this.total += 1;
    const store = this.perRequest.getStore();
    if (store) store.count += 1;
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
