/**
 * Message wording (issue 13 item 11): no doubled punctuation where an argument meets its
 * template, quotes inside quoted text become single quotes, and in English no Chinese
 * outside quoted report text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../../server/src/core/check';
import { formatMessage } from '../../../server/src/core/messages/catalogue';
import { bilingual, fillTemplate } from '../../../server/src/core/messages/format';
import { formatFromPath } from '../../../server/src/core/model/document';
import { testEnvironment } from '../../helpers/environment';

test('an argument that is quoted already is not quoted twice; quotes inside quotes become single', () => {
  assert.equal(fillTemplate('“{term}”是简称', { term: '“三个一百”' }, 'zh-cn'), '“三个一百”是简称');
  assert.equal(
    fillTemplate('第 1 行“…{tail}”', { tail: '全省“市场主体建设年”' }, 'zh-cn'),
    '第 1 行“…全省‘市场主体建设年’”',
  );
  assert.equal(fillTemplate('"{term}" is', { term: '“三个一百”' }, 'en'), '"三个一百" is');
});

test('punctuation is not doubled where an argument meets the template', () => {
  assert.equal(fillTemplate('（本组：{run}）', { run: '一、三、二、' }, 'zh-cn'), '（本组：一、三、二）');
  assert.equal(
    fillTemplate('例如：“{text}”。', { text: '现在，我代表区人民政府向大会报告工作。' }, 'zh-cn'),
    '例如：“现在，我代表区人民政府向大会报告工作。”',
  );
  assert.equal(fillTemplate('{a}、{b}', { a: '一、', b: '二' }, 'zh-cn'), '一、二');
  // Only where they meet: a 、 inside the argument stays.
  assert.equal(fillTemplate('（{names}）', { names: '甲、乙' }, 'zh-cn'), '（甲、乙）');
});

test('a rule’s own wording carries both languages; each locale shows its half', () => {
  const level = bilingual('二级标题', 'Level-2 heading');
  assert.equal(fillTemplate('{level}“（一）”', { level }, 'zh-cn'), '二级标题“（一）”');
  assert.equal(fillTemplate('{level} "(一)"', { level }, 'en'), 'Level-2 heading "(一)"');
  assert.equal(
    formatMessage('structure/numbering-sequence.gap', { marker: '三、', expected: '二、', run: '一、三、' }, 'zh-cn'),
    '序号跳号：此处为“三、”，按顺序应为“二、”（本组：一、三）。请检查是否漏写了一项，或重新编号。',
  );
});

// The rules of this engineer's items: figures, page breaks, numbering, enumerations.
const OWN = /^(figures\/|structure\/(broken-paragraph|numbering-sequence|numbering-style|enumeration-count))/;
const CJK = /[\u3400-\u9fff]/;

function inputs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? inputs(p) : /\.(md|txt)$/.test(name) ? [p] : [];
  });
}

test('English messages of the figures, page-break and numbering rules hold Chinese only inside quotes', () => {
  const root = join(__dirname, '..', '..', '..');
  const files = [
    join(root, 'seeds', 'yanhu-2022.md'),
    ...inputs(join(root, 'test', 'fixtures', 'rules', 'figures')),
    ...inputs(join(root, 'test', 'fixtures', 'rules', 'structure')),
    ...inputs(join(root, 'test', 'fixtures', 'corpus')),
  ];
  const env = testEnvironment();
  let seen = 0;
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    const { findings } = checkText(text, env, { uri: `file://${path}`, format: formatFromPath(path) });
    for (const f of findings.filter((x) => OWN.test(x.ruleId))) {
      const texts = [
        formatMessage(f.message, f.args, 'en'),
        ...(f.fix ? [formatMessage(f.fix.message, f.fix.args, 'en')] : []),
        ...(f.related ?? []).map((r) => formatMessage(r.message, r.args, 'en')),
      ];
      for (const m of texts) {
        seen++;
        const outside = m.replace(/"[^"]*"/g, '').replace(/“[^”]*”/g, '');
        assert.ok(!CJK.test(outside), `${f.ruleId} (${path.split('/').pop()}): ${m}`);
        assert.ok(!m.includes('\u001f'), 'one language only');
      }
    }
  }
  assert.ok(seen > 50, `messages checked: ${seen}`);
});
