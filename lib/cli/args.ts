import { parseArgs, type ParseArgsConfig } from "node:util";

// Command lines of the scripts: node:util's parseArgs, with the scripts' manners around it.

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

/**
 * The script's arguments parsed by `config`, with --help/-h added: --help prints the usage, a bad
 * argument (unknown flag, missing value) prints it with the reason; `usage` exits (code 2).
 */
export function parseCommandLine<const T extends ParseArgsConfig>(config: T, usage: (message?: string) => never): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs({ ...config, options: { ...config.options, ...HELP_OPTION } }) as ReturnType<typeof parseArgs<T>>;
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  if ((parsed.values as { help?: boolean }).help) usage();
  return parsed;
}
