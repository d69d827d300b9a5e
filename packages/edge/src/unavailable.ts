/** PostgreSQL SQLSTATE classes and codes that mean "the database is not there right now". */
const UNAVAILABLE_SQLSTATES = ["57P01", "57P02", "57P03", "53300"];
const UNAVAILABLE_MESSAGES = [
  "Connection terminated",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error",
  "Connection is not established",
];
const UNAVAILABLE_SYSCALL_CODES = ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH"];

/**
 * Whether an error means a dependency (the database) is unreachable rather than a bug: the client
 * gets `SERVICE_UNAVAILABLE` and may retry; the log gets one line without a stack trace.
 */
export function isUnavailableDependency(error: unknown): boolean {
  let current = error;
  // errors arrive wrapped (TypeORM's QueryFailedError, graphql's NonErrorThrown, `cause`): look inside
  for (let depth = 0; typeof current === "object" && current !== null && depth < 5; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === "string") {
      if (UNAVAILABLE_SYSCALL_CODES.includes(code) || UNAVAILABLE_SQLSTATES.includes(code)) return true;
      if (code.startsWith("08")) return true;
    }
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.some((known) => message.includes(known)))
      return true;
    const wrapper = current as { driverError?: unknown; thrownValue?: unknown; cause?: unknown };
    current = wrapper.driverError ?? wrapper.thrownValue ?? wrapper.cause;
  }
  return false;
}
