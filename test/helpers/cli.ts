/** Runs the CLI in-process on text files (main() then returns a number at once). */
import { main } from '../../server/src/cli';

export function runCli(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    args,
    (s) => void out.push(s),
    (s) => void err.push(s),
  ) as number;
  return { code, out: out.join('\n'), err: err.join('\n') };
}
