import { parseArgs, type ParseArgsConfig } from 'node:util';

// The command line of every script in scripts/: node:util parseArgs in strict mode, plus
// --help/-h, and parse errors told in one line instead of a stack trace. Call parseCli
// before anything else happens (opening the database, starting a browser), so that --help
// and a mistyped option never touch anything.

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Where the parser prints and how it stops the process; tests pass their own. */
export type CliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  exit: (code: number) => never;
};

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`),
  exit: (code) => process.exit(code),
};

/** Exit code for a command line that could not be understood (as in most Unix tools). */
export const USAGE_EXIT_CODE = 2;

export type CliSpec<O extends OptionsConfig, P extends boolean> = {
  /** The script's name, at the start of every error line: "create-user: unknown option --bogus. …" */
  name: string;
  /** Printed as it is for --help: what the script does, every option, its environment, an example. */
  usage: string;
  /** parseArgs options; --help/-h is added. */
  options: O;
  /** Whether arguments that are not options are accepted (default: no). */
  allowPositionals?: P;
};

export type CliResult<O extends OptionsConfig, P extends boolean> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: P; strict: true }>
>;

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } satisfies OptionsConfig;

/** Prints `name: problem. Run with --help for usage.` to stderr and exits with code 2. */
export function usageError(name: string, problem: string, io: CliIo = processIo): never {
  io.err(`${name}: ${problem}. Run with --help for usage.`);
  return io.exit(USAGE_EXIT_CODE);
}

/**
 * Parses `argv` (default: this process's arguments) strictly. --help or -h prints the usage
 * and exits 0, even next to other mistakes. An unknown option, a missing value, a value given
 * to a boolean or an argument the script does not take prints one line naming it and exits 2.
 */
export function parseCli<const O extends OptionsConfig, const P extends boolean = false>(
  spec: CliSpec<O, P>,
  argv: readonly string[] = process.argv.slice(2),
  io: CliIo = processIo,
): CliResult<O, P> {
  if (Object.hasOwn(spec.options, 'help')) throw new Error(`${spec.name}: --help is provided by parseCli; do not declare it.`);
  const options: OptionsConfig = { ...spec.options, ...HELP_OPTION };
  const allowPositionals = spec.allowPositionals ?? false;
  const args = [...argv];
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    if (!isParseError(error)) throw error;
    if (asksForHelp(args, options)) {
      io.out(spec.usage);
      return io.exit(0);
    }
    return usageError(spec.name, describeProblem(args, options, allowPositionals) ?? firstLine(error), io);
  }
  if (parsed.values.help) {
    io.out(spec.usage);
    return io.exit(0);
  }
  delete parsed.values.help;
  return parsed as CliResult<O, P>;
}

function isParseError(error: unknown): error is Error {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

function firstLine(error: Error): string {
  return error.message.split('\n')[0]!.replace(/\.$/, '');
}

/** The tokens as parseArgs reads them when it is not strict: the same reading, without the checks. */
function tokensOf(args: string[], options: OptionsConfig) {
  return parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true }).tokens;
}

function asksForHelp(args: string[], options: OptionsConfig): boolean {
  return tokensOf(args, options).some((token) => token.kind === 'option' && token.name === 'help');
}

/** The first problem, in the order the arguments were given, in our words; null if none is recognised. */
function describeProblem(args: string[], options: OptionsConfig, allowPositionals: boolean): string | null {
  for (const token of tokensOf(args, options)) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (!allowPositionals) return `unexpected argument "${token.value}" (this command takes only options)`;
      continue;
    }
    const config = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!config) return `unknown option ${token.rawName}`;
    if (config.type === 'string') {
      if (token.value === undefined) return `option ${token.rawName} needs a value`;
      if (!token.inlineValue && token.value.startsWith('-')) {
        return `option ${token.rawName} needs a value, but "${token.value}" follows it (write --${token.name}=${token.value} if that is the value)`;
      }
    } else if (token.value !== undefined) {
      return `option ${token.rawName} takes no value (got ${token.rawName}=${token.value})`;
    }
  }
  return null;
}
