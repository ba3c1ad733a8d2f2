/**
 * `npm run gen:docs`: rewrites the generated rule tables in docs/rules/README.md and README.md
 * (see rule-docs.ts). Run it after adding a rule or changing a rule's id, category, default
 * severity, fixes or description. `--check` only reports, exiting 1 when a table is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles, GEN_COMMAND } from './rule-docs';

const root = join(__dirname, '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const { file, current, wanted } of generatedFiles(root)) {
  if (current === wanted) continue;
  stale++;
  if (check) console.log(`${file}: the rule tables are not current; run \`${GEN_COMMAND}\``);
  else {
    writeFileSync(join(root, file), wanted);
    console.log(`updated ${file}`);
  }
}
if (stale === 0) console.log('rule tables are current');
process.exit(check && stale > 0 ? 1 : 0);
