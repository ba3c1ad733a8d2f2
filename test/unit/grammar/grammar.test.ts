/** The TextMate grammar, tokenised with VS Code's own engine (vscode-textmate + oniguruma). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, IGrammar } from 'vscode-textmate';

const root = join(__dirname, '..', '..', '..');

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (s) => new oniguruma.OnigScanner(s),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    // Stand-in for VS Code's Markdown grammar: one paragraph rule, so injections are exercised inside it.
    loadGrammar: async (scope) => {
      if (scope === 'text.govreport')
        return parseRawGrammar(
          readFileSync(join(root, 'syntaxes', 'govreport.tmLanguage.json'), 'utf8'),
          'govreport.tmLanguage.json',
        );
      if (scope === 'text.html.markdown')
        return parseRawGrammar(
          JSON.stringify({
            scopeName: 'text.html.markdown',
            patterns: [{ begin: '^(?=\\S)', end: '$', name: 'meta.paragraph.markdown' }],
          }),
          'md.json',
        );
      return null;
    },
  });
  const g = await registry.loadGrammar('text.govreport');
  assert.ok(g);
  return g;
}

function scopesOf(grammar: IGrammar, line: string): Array<[string, string]> {
  const r = grammar.tokenizeLine(line, INITIAL);
  return r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1]]);
}

const find = (tokens: Array<[string, string]>, text: string) => tokens.find(([t]) => t === text)?.[1];

test('outline markers, quoted terms, note headwords, figures and growth rates get their scopes', async () => {
  const g = await loadGrammar();
  const a = scopesOf(
    g,
    '一是综合实力稳步增强。全年地区生产总值完成 359.8 亿元，增长 8.1%；大力践行市委“五抓一优一促”。',
  );
  assert.equal(find(a, '一是'), 'keyword.control.outline.item.govreport');
  assert.equal(find(a, '359.8'), 'constant.numeric.figure.govreport');
  assert.equal(find(a, '8.1'), 'constant.numeric.growth.govreport');
  assert.equal(find(a, '“五抓一优一促”'), 'string.quoted.term.govreport');
  const b = scopesOf(g, '（一）突出转型发展，着力构建现代产业新体系。');
  assert.equal(find(b, '（一）'), 'keyword.control.outline.section.govreport');
  const c = scopesOf(g, '1. “六稳”：稳就业、稳金融。');
  assert.equal(find(c, '“六稳”'), 'entity.name.tag.headword.govreport');
  const d = scopesOf(g, '二、2022 年工作安排');
  assert.equal(find(d, '二、'), 'keyword.control.outline.part.govreport');
  // Not a marker inside a word: 统一是…
  const e = scopesOf(g, '统一是大局。');
  assert.equal(find(e, '一是'), undefined);
});
