// Parses `[--db FILE] <command> [args] [--flag value]` without a dependency.

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  options: Map<string, string | true>;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) options.set(arg.slice(2, eq), arg.slice(eq + 1));
      else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) options.set(arg.slice(2), argv[++i]!);
      else options.set(arg.slice(2), true);
    } else positional.push(arg);
  }
  return { command: positional.shift(), positional, options };
}
