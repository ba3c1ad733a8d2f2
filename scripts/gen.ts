/**
 * `npm run gen` (alias `npm run gen:docs`): rewrites the generated files: the rule registry
 * (server/src/core/rules/registry.generated.ts, from the rule files, see rule-registry.ts) and
 * the rule tables in docs/rules/README.md and README.md (from the rules' metadata, see
 * rule-docs.ts). Run it after adding a rule or changing a rule's id, category, default
 * severity, fixes or description. `--check` only reports, exiting 1 when a file is stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY_FILE, registryText } from './rule-registry';

const root = join(__dirname, '..');
const check = process.argv.includes('--check');

async function main(): Promise<number> {
  let stale = 0;
  const update = (file: string, current: string, wanted: string) => {
    if (current === wanted) return;
    stale++;
    if (check) console.log(`${file}: not current; run \`npm run gen\``);
    else {
      writeFileSync(join(root, file), wanted);
      console.log(`updated ${file}`);
    }
  };
  // The registry first: the docs are drawn from the rules it lists (rule-docs.ts imports it).
  const registryPath = join(root, REGISTRY_FILE);
  update(REGISTRY_FILE, existsSync(registryPath) ? readFileSync(registryPath, 'utf8') : '', registryText(root));
  const { docFiles } = await import('./rule-docs');
  for (const { file, current, wanted } of docFiles(root)) update(file, current, wanted);
  if (stale === 0) console.log('generated files are current');
  return check && stale > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);
