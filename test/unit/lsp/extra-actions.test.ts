/** 在此处关闭此检查: the inserted switch turns off exactly the finding it was offered for. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../../server/src/core/check';
import { applyEdits } from '../../../server/src/core/fixes';
import type { Finding } from '../../../server/src/core/rules/types';
import { disableNextLineEdit } from '../../../server/src/lsp/extra-actions';
import { testEnvironment } from '../../helpers/environment';

const root = join(__dirname, '..', '..', '..');
const env = testEnvironment();
const check = (text: string, format: 'markdown' | 'plaintext' = 'markdown') =>
  checkText(text, env, { uri: 'file:///draft.md', format });
const key = (text: string, f: Finding) => `${f.ruleId} ${text.slice(f.start, f.end)} ${f.message}`;

for (const file of ['seeds/yanhu-2022.md', 'test/fixtures/rules/figures/_yanhu-2023.md']) {
  test(`every finding of ${file} can be turned off where it is, and only it`, () => {
    const text = readFileSync(join(root, file), 'utf8');
    const result = check(text);
    const before = result.findings.map((f) => key(text, f));
    let offered = 0;
    for (const f of result.findings) {
      const edit = disableNextLineEdit(result.doc!, f.start, f.ruleId);
      if (!edit) {
        assert.equal(f.start, 0, `${key(text, f)}: no switch offered`);
        continue;
      }
      offered++;
      const changed = applyEdits(text, [edit]);
      const after = check(changed).findings.map((g) => key(changed, g));
      const gone = before.filter((k) => !after.includes(k));
      assert.ok(gone.includes(key(text, f)), `${key(text, f)} is still reported after inserting ${edit.newText}`);
      const appeared = after.filter((k) => !before.includes(k));
      assert.deepEqual(appeared, [], `inserting ${edit.newText.trim()} for ${key(text, f)} raised new findings`);
    }
    assert.ok(offered > 10, `offered ${offered} switches`);
  });
}

test('a second rule joins the switch line above; plain text gets none', () => {
  const text =
    '# 报告\n\n正文第一段。\n\n<!-- govreport-disable-next-line figures/conflict -->\n一般公共预算收入增长 -5%。\n';
  const r = check(text);
  const at = text.indexOf('一般公共');
  const edit = disableNextLineEdit(r.doc!, at, 'figures/negative-growth')!;
  assert.equal(
    applyEdits(text, [edit]),
    text.replace('figures/conflict -->', 'figures/conflict figures/negative-growth -->'),
  );
  assert.equal(disableNextLineEdit(r.doc!, at, 'figures/conflict'), undefined);
  assert.equal(disableNextLineEdit(check(text, 'plaintext').doc!, at, 'figures/conflict'), undefined);
});
