/** `govreport template [--template FILE]`: prints the structure template as JSON. */
import { buildEnvironment, EnvironmentProblem } from '../node/environment';
import { problemText } from './check';
import type { CliContext } from './context';
import { withImports } from './sources';

export function runTemplate(ctx: CliContext): number | Promise<number> {
  // A Word or PDF template is converted first.
  return withImports([ctx.options.get('template')?.at(-1)], () => printTemplate(ctx));
}

function printTemplate(ctx: CliContext): number {
  const problems: EnvironmentProblem[] = [];
  const env = buildEnvironment(
    { log: () => {}, templatePath: ctx.options.get('template')?.at(-1), workspaceRoot: process.cwd() },
    problems,
  );
  for (const p of problems) ctx.err(ctx.t('cli.template.problem', { path: p.path, message: problemText(ctx, p) }));
  if (!env.template) return 2;
  ctx.out(JSON.stringify(env.template, null, 2));
  return problems.length > 0 ? 1 : 0;
}
