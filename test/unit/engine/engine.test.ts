import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { checkText, runRules } from '../../../server/src/core/check';
import { ReportDocument } from '../../../server/src/core/model/document';
import { defineRule } from '../../../server/src/core/rules/types';
import { activeRules, configSchema } from '../../../server/src/core/config';
import { rules } from '../../../server/src/core/rules/registry';
import { catalogue, formatMessage } from '../../../server/src/core/messages/catalogue';
import { applyEdits, safeFixEdits } from '../../../server/src/core/fixes';
import { defaultEnvironment } from '../../../server/src/core/environment';

const broken = defineRule({
  id: 'test/throws',
  category: 'general',
  defaultSeverity: 'error',
  description: 'general/document.description',
  options: z.object({}),
  check() {
    throw new Error('boom');
  },
});
const fine = defineRule({
  id: 'test/fine',
  category: 'general',
  defaultSeverity: 'warning',
  description: 'general/document.description',
  options: z.object({}),
  check({ report }) {
    report({ start: 0, end: 1, message: 'general.binary' });
  },
});

test('a rule that throws is isolated and logged once; the others still report', () => {
  const log: string[] = [];
  const env = defaultEnvironment((m) => log.push(m));
  const doc = new ReportDocument('x', '各位代表：\n', 'markdown');
  const active = [broken, fine].map((rule) => ({ rule, severity: rule.defaultSeverity, options: {} }));
  const a = runRules(doc, env, active);
  const b = runRules(doc, env, active);
  assert.deepEqual(
    a.map((f) => f.ruleId),
    ['test/fine'],
  );
  assert.deepEqual(
    b.map((f) => f.ruleId),
    ['test/fine'],
  );
  assert.equal(log.filter((l) => l.includes('test/throws')).length, 1);
});

test('every rule has an id, a description in the catalogue and options that default', () => {
  const ids = new Set<string>();
  for (const r of rules) {
    assert.match(r.id, /^(structure|terms|figures|general)\/[a-z-]+$/);
    assert.ok(!ids.has(r.id), `duplicate ${r.id}`);
    ids.add(r.id);
    assert.ok(r.description in catalogue, `${r.id} description`);
    assert.doesNotThrow(() => r.options.parse({}), r.id);
  }
});

test('every message has Chinese and English text with the same placeholders', () => {
  for (const [key, m] of Object.entries(catalogue)) {
    // Chinese text, or for a fragment such as a range or list separator Chinese punctuation (～、（）).
    assert.match(m['zh-cn'], /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/, `${key} has Chinese`);
    const ph = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]))].sort();
    assert.deepEqual(ph(m.en), ph(m['zh-cn']), key);
  }
  assert.equal(
    formatMessage('cli.badFormat', { format: 'xml' }),
    '不支持的输出格式“xml”，请使用 text、json 或 sarif。',
  );
  assert.equal(
    formatMessage('cli.badFormat', { format: 'xml' }, 'en'),
    'Unsupported format "xml"; use text, json or sarif.',
  );
});

test('rules can be switched off or re-levelled by configuration; bad options fall back', () => {
  const off = activeRules(configSchema.parse({ rules: { 'structure/broken-paragraph': 'off' } }));
  assert.ok(!off.some((r) => r.rule.id === 'structure/broken-paragraph'));
  const err = activeRules(configSchema.parse({ rules: { 'structure/broken-paragraph': { severity: 'error' } } }));
  assert.equal(err.find((r) => r.rule.id === 'structure/broken-paragraph')?.severity, 'error');
});

test('bad input never crashes: empty, binary, NUL, huge, lone surrogates, BOM', () => {
  const env = defaultEnvironment();
  const inputs = [
    '',
    '\n\n\n',
    '\u0000\u0001binary\u0000',
    'x'.repeat(200_000),
    '\ud800孤立\udfff代理',
    '\ufeff# 政府工作报告\n',
    '**'.repeat(10000),
    '“'.repeat(100000),
  ];
  for (const text of inputs) {
    const r = checkText(text, env, { uri: 'x', format: 'markdown' });
    for (const f of r.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
  }
  assert.equal(checkText('\u0000abc', env, { uri: 'x', format: 'markdown' }).findings[0].message, 'general.binary');
  const big = checkText('甲'.repeat(100), env, {
    uri: 'x',
    format: 'markdown',
    config: configSchema.parse({ maxDocumentSize: 50 }),
  });
  assert.deepEqual(
    big.findings.map((f) => f.message),
    ['general.tooLarge'],
  );
});

test('safe fixes apply without overlap; identical fixes count once', () => {
  const text = '甲乙丙丁';
  const mk = (start: number, end: number, newText: string) => ({
    ruleId: 'r',
    severity: 'warning' as const,
    start,
    end,
    message: 'general.binary' as const,
    args: {},
    fix: { message: 'general.fixAll' as const, edits: [{ start, end, newText }], safe: true },
  });
  const edits = safeFixEdits([mk(0, 1, 'A'), mk(0, 1, 'A'), mk(0, 2, 'B'), mk(3, 4, 'D')]);
  assert.equal(applyEdits(text, edits), 'A乙丙D');
  assert.throws(() =>
    applyEdits(text, [
      { start: 0, end: 2, newText: '' },
      { start: 1, end: 3, newText: '' },
    ]),
  );
});
