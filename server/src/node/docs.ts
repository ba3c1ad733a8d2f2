/** Where each rule's documentation page is: `docs/rules/<rule-id>.md` in the installed package. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

let docsRoot: string | undefined;
/** One URI per rule, made once (a diagnostic carries it). */
const uris = new Map<string, string>();

function findDocsRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'docs', 'rules'))) return join(dir, 'docs', 'rules');
    dir = dirname(dir);
  }
  return join(__dirname, '..', 'docs', 'rules');
}

/** `file:` URI of a rule's page (`index` for the rule table). */
export function ruleDocUri(ruleId: string): string {
  let uri = uris.get(ruleId);
  if (uri === undefined) {
    docsRoot ??= findDocsRoot();
    uris.set(ruleId, (uri = pathToFileURL(join(docsRoot, `${ruleId === 'index' ? 'README' : ruleId}.md`)).href));
  }
  return uri;
}
