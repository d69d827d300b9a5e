import { GraphQLError } from "graphql";
import { createLogger } from "@careergraph/logger";
import { badInput } from "@careergraph/schema";
import { createErrorFormatter } from "./format-error";

function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger("test", "info", {
    write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>),
  });
  return { logger, lines };
}

describe("the error formatter", () => {
  it("passes coded client errors through untouched and logs nothing", () => {
    const { logger, lines } = recordingLogger();
    const error = badInput("first", "must be at most 100");
    const formatted = createErrorFormatter(logger)(error.toJSON(), error);
    expect(formatted).toEqual(error.toJSON());
    expect(formatted.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(lines).toHaveLength(0);
  });

  it("masks anything uncoded as an internal error, keeping its path, and logs the original once", () => {
    const { logger, lines } = recordingLogger();
    const original = new Error("relation roles.secret_table does not exist at /srv/app/dist/x.js");
    const wrapped = new GraphQLError(original.message, { path: ["role", "title"], originalError: original });
    const formatted = createErrorFormatter(logger)(wrapped.toJSON(), wrapped);
    expect(formatted).toEqual({
      message: "Internal server error",
      path: ["role", "title"],
      locations: undefined,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(JSON.stringify(formatted)).not.toContain("secret_table");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: "internal error", path: ["role", "title"] });
    expect(JSON.stringify(lines[0])).toContain("secret_table");
  });

  it("masks an error whose code is not one a client may see", () => {
    const { logger } = recordingLogger();
    const odd = new GraphQLError("boom", { extensions: { code: "DOWNSTREAM_SERVICE_ERROR" } });
    expect(createErrorFormatter(logger)(odd.toJSON(), odd).extensions).toEqual({
      code: "INTERNAL_SERVER_ERROR",
    });
  });
});
