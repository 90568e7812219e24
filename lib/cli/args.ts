// Command lines of the scripts: node:util's parseArgs, with the scripts' manners around it — a
// bad argument (unknown flag, missing value) is reported with the usage, exit code 2.

/** `parse()`'s result, or `usage(message)` (which exits) when it throws. */
export function parseOrUsage<T>(parse: () => T, usage: (message?: string) => never): T {
  try {
    return parse();
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
}
