import { run } from '../program.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process with its output captured: a child process costs about a
 * second (tsx), which would allow a handful of fuzz cases where this allows thousands.
 * The commands resolve relative paths against process.cwd(), so callers pass absolute ones.
 * Output is captured until the run ends, so callers run one at a time.
 */
export async function runCli(argv: readonly string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const { stdout, stderr } = process;
  const realOut = stdout.write;
  const realErr = stderr.write;
  const capture = (into: string[]) =>
    ((chunk: string | Uint8Array) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof stdout.write;
  stdout.write = capture(out);
  stderr.write = capture(err);
  try {
    const code = await run(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.write = realOut;
    stderr.write = realErr;
  }
}
