// Error classes that say where a problem happened (file, line, sentence), for callers and tests to assert on.

/** Base class of every error Parley throws on purpose. */
export class ParleyError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A file that cannot be read as an article: empty, binary, not UTF-8, too large, unreadable. */
export class InputError extends ParleyError {
  constructor(
    readonly path: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`${path}: ${reason}`, options);
  }
}

/** Wrong use of the CLI or of an API option: a missing path, an unknown flag value. */
export class UsageError extends ParleyError {}

/** A Turtle file that cannot be parsed, with the line where parsing stopped when known. */
export class GraphReadError extends ParleyError {
  constructor(
    readonly path: string,
    readonly line: number | undefined,
    reason: string,
    options?: ErrorOptions,
  ) {
    super(`${path}${line === undefined ? '' : `:${line}`}: ${reason}`, options);
  }
}

/** A graph that does not conform to Parley's SHACL shapes. */
export class ValidationError extends ParleyError {
  constructor(
    message: string,
    readonly violations: readonly string[],
  ) {
    super(message);
  }
}
