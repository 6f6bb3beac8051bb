import { describe, expect, it } from 'vitest';
import { parseCli, usageError, type CliIo } from './cli';

class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** An io that records what was printed and turns exit() into a thrown Exit. */
function recorder() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    exit: (code) => {
      throw new Exit(code);
    },
  };
  return { io, out, err };
}

const USAGE = 'Usage: demo [--name NAME] [--loud]\n  --name NAME  who to greet';
const spec = {
  name: 'demo',
  usage: USAGE,
  options: { name: { type: 'string', short: 'n' }, loud: { type: 'boolean' }, count: { type: 'string', default: '1' } },
} as const;

/** Runs parseCli and returns how it ended: the parse, or the exit code with what was printed. */
function run(argv: string[], allowPositionals = false) {
  const r = recorder();
  try {
    const parsed = parseCli({ ...spec, allowPositionals }, argv, r.io);
    return { parsed, code: null, out: r.out, err: r.err };
  } catch (error) {
    if (!(error instanceof Exit)) throw error;
    return { parsed: null, code: error.code, out: r.out, err: r.err };
  }
}

describe('parseCli', () => {
  it('returns the values and positionals parseArgs finds, defaults included, without a help key', () => {
    const result = run(['--name', 'Ana', '--loud', 'x', '-n', 'Bo'], true);
    expect(result.code).toBeNull();
    expect(result.parsed?.values).toEqual({ name: 'Bo', loud: true, count: '1' });
    expect(result.parsed?.positionals).toEqual(['x']);
    expect(result.err).toEqual([]);
  });

  it('accepts an empty command line and --name=VALUE, also a value starting with a dash written that way', () => {
    expect(run([]).parsed?.values).toEqual({ count: '1' });
    expect(run(['--name=-dash']).parsed?.values.name).toBe('-dash');
  });

  it.each([['--help'], ['-h'], ['--name', 'Ana', '--help'], ['--bogus', '--help'], ['-h', 'stray']])(
    'prints the usage to stdout and exits 0 for %j',
    (...argv) => {
      const result = run(argv);
      expect(result.code).toBe(0);
      expect(result.out).toEqual([USAGE]);
      expect(result.err).toEqual([]);
    },
  );

  it.each([
    [['--bogus'], 'demo: unknown option --bogus. Run with --help for usage.'],
    [['--bogus=1'], 'demo: unknown option --bogus. Run with --help for usage.'],
    [['-x'], 'demo: unknown option -x. Run with --help for usage.'],
    [['--loud', '--name', 'Ana', '--nmae', 'Bo'], 'demo: unknown option --nmae. Run with --help for usage.'],
    [['--name'], 'demo: option --name needs a value. Run with --help for usage.'],
    [['-n'], 'demo: option -n needs a value. Run with --help for usage.'],
    [
      ['--name', '--loud'],
      'demo: option --name needs a value, but "--loud" follows it (write --name=--loud if that is the value). Run with --help for usage.',
    ],
    [['--loud=yes'], 'demo: option --loud takes no value (got --loud=yes). Run with --help for usage.'],
    [['stray'], 'demo: unexpected argument "stray" (this command takes only options). Run with --help for usage.'],
  ])('rejects %j in one line on stderr, exit 2', (argv, line) => {
    const result = run(argv);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([line]);
    expect(result.out).toEqual([]);
  });

  it('takes positionals only when allowed, and everything after -- as one', () => {
    expect(run(['a', 'b'], true).parsed?.positionals).toEqual(['a', 'b']);
    expect(run(['--', '--bogus'], true).parsed?.positionals).toEqual(['--bogus']);
    expect(run(['--', '--help'], true).parsed?.positionals).toEqual(['--help']);
    expect(run(['--', 'x']).err).toEqual(['demo: unexpected argument "x" (this command takes only options). Run with --help for usage.']);
  });

  it('refuses a spec that declares its own --help', () => {
    const r = recorder();
    expect(() => parseCli({ name: 'demo', usage: '', options: { help: { type: 'boolean' } } }, [], r.io)).toThrow(/provided by parseCli/);
  });
});

describe('usageError', () => {
  it('prints the same one-line form and exits 2', () => {
    const r = recorder();
    expect(() => usageError('demo', '--port must be a number, not "x"', r.io)).toThrow(Exit);
    expect(r.err).toEqual(['demo: --port must be a number, not "x". Run with --help for usage.']);
  });
});
