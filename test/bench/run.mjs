// Builds the benchmark like the shipped bundles (esbuild, no tsx transforms) and runs it.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
const outfile = join(root, 'test', '.output', 'bench.cjs');
await esbuild.build({
  entryPoints: [join(root, 'test', 'bench', 'bench.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
});
// The trivial server, the floor of the protocol targets (a bundle like dist/server.js).
await esbuild.build({
  entryPoints: [join(root, 'test', 'bench', 'trivial-server.ts')],
  outfile: join(root, 'test', '.output', 'trivial-server.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(r.status ?? 1);
