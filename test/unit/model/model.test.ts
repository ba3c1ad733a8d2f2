import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportDocument } from '../../../server/src/core/model/document';
import { LineIndex } from '../../../server/src/core/model/source';
import { ParseCache } from '../../../server/src/core/model/parse';
import { defaultConfig } from '../../../server/src/core/config';
import type { BlockData } from '../../../server/src/core/model/blocks';
import { parseChineseNumeral, toChineseNumeral } from '../../../server/src/core/model/numerals';
import { repairedSourceOffset } from '../../../server/src/core/model/repair';

const seedPath = join(__dirname, '..', '..', '..', 'seeds', 'yanhu-2022.md');
const seed = readFileSync(seedPath, 'utf8');
const corpusDir = join(__dirname, '..', '..', 'fixtures', 'corpus');

test('line index maps offsets and positions both ways, CRLF included', () => {
  const li = new LineIndex('ab\r\ncd\n\nef');
  assert.deepEqual(li.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(li.positionAt(4), { line: 1, character: 0 });
  assert.deepEqual(li.positionAt(8), { line: 3, character: 0 });
  assert.equal(li.offsetAt({ line: 1, character: 1 }), 5);
  assert.equal(li.offsetAt({ line: 9, character: 0 }), 10);
  assert.deepEqual(li.positionAt(999), { line: 3, character: 2 });
});

test('Chinese numerals read and write up to and beyond 九十九', () => {
  const cases: Array<[string, number]> = [
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
    ['九十九', 99],
    ['一百', 100],
    ['一百零五', 105],
    ['两', 2],
  ];
  for (const [s, n] of cases) assert.equal(parseChineseNumeral(s), n, s);
  for (let n = 1; n < 200; n++) assert.equal(parseChineseNumeral(toChineseNumeral(n)), n, String(n));
  assert.equal(parseChineseNumeral('一二'), undefined);
  assert.equal(parseChineseNumeral('甲'), undefined);
});

test('every plain character of the seed maps back to the same source character', () => {
  const doc = new ReportDocument('seed', seed, 'markdown');
  let checked = 0;
  for (const b of doc.blocks) {
    for (let i = 0; i < b.text.length; i++) {
      assert.equal(seed[b.sourceOffset(i)], b.text[i], `block ${b.index} char ${i}`);
      checked++;
    }
  }
  assert.ok(checked > 15000, `checked ${checked}`);
});

test('plain text drops Markdown marks and keeps list markers', () => {
  const doc = new ReportDocument('x', '## 一、**回顾**\n\n1. “六稳”：稳就业。\n\n**一是**粮食，*二是*。\n', 'markdown');
  assert.deepEqual(
    doc.blocks.map((b) => [b.kind, b.text]),
    [
      ['heading', '一、回顾'],
      ['listItem', '1. “六稳”：稳就业。'],
      ['paragraph', '一是粮食，二是。'],
    ],
  );
  const p = doc.blocks[2];
  assert.ok(p.isBold(0, 2));
  assert.ok(!p.isBold(2, 4));
});

test('soft and hard line breaks join Chinese lines without a space, words with one', () => {
  const doc = new ReportDocument(
    'x',
    '——2022年1月25日在第十七届人民代表大会  \n第二次会议上\n\nhello\nworld\n',
    'markdown',
  );
  assert.equal(doc.blocks[0].text, '——2022年1月25日在第十七届人民代表大会第二次会议上');
  assert.equal(doc.blocks[1].text, 'hello world');
  assert.equal(doc.reportYear, 2022);
});

test('plain-text files: each non-empty line is a paragraph, Markdown is not interpreted', () => {
  const doc = new ReportDocument('x.txt', '# 标题\r\n\r\n　　**一是**综合实力\r\n\u200b\r\n二是\n', 'plaintext');
  assert.deepEqual(
    doc.blocks.map((b) => b.text),
    ['# 标题', '**一是**综合实力', '二是'],
  );
  assert.equal(seed[0], '\n');
});

test('the seed: report year, parts, and exactly the 22 page-break splits of the domain notes', () => {
  const doc = new ReportDocument('seed', seed, 'markdown');
  assert.equal(doc.reportYear, 2022);
  assert.deepEqual(
    doc.parts.map((p) => p.role),
    ['review', 'plan', 'selfBuilding', 'notes'],
  );
  const pairs = doc.pageBreaks.map((b) => `${doc.lineNumber(b.prev.start)}→${doc.lineNumber(b.next.start)}`);
  assert.deepEqual(pairs, [
    '20→22',
    '26→28',
    '30→32',
    '38→40',
    '46→48',
    '52→54',
    '72→74',
    '78→80',
    '86→88',
    '102→104',
    '110→112',
    '118→120',
    '124→128',
    '136→138',
    '146→148',
    '152→154',
    '160→162',
    '180→182',
    '188→190',
    '214→216',
    '226→228',
    '254→256',
  ]);
  assert.deepEqual(
    doc.pageBreaks.filter((b) => b.duplicated > 0).map((b) => doc.lineNumber(b.next.start)),
    [138],
  );
});

test('the repaired view joins splits, drops the duplicate and maps back to the source', () => {
  const doc = new ReportDocument('seed', seed, 'markdown');
  const p = doc.repaired.find((r) => r.text.includes('协同控制细颗粒物'));
  assert.ok(p, 'repaired paragraph with 细颗粒物');
  assert.ok(!p.text.includes('细颗颗粒物'));
  const i = p.text.indexOf('粒物(PM2.5)');
  assert.equal(seed[repairedSourceOffset(p, i)], '粒');
  assert.equal(doc.lineNumber(repairedSourceOffset(p, i)), 138);
  const ten = doc.repaired.find((r) => r.text.includes('七是幸福盐湖养老工程'));
  assert.ok(ten && ten.text.includes('十是道路交通完善工程'));
});

test('the parse cache re-parses only changed chunks and gives the same blocks', () => {
  const cache = new ParseCache();
  const first = cache.parse(seed, 'markdown');
  const edited = seed.replace('红星美凯龙', '红星美凯龙商场');
  const second = cache.parse(edited, 'markdown');
  const fresh = new ParseCache().parse(edited, 'markdown');
  assert.equal(second.length, first.length);
  assert.deepEqual(
    second.map((b) => [b.start, b.end, b.text]),
    fresh.map((b) => [b.start, b.end, b.text]),
  );
  const reused = second.filter((b, i) => b.data === first[i].data).length;
  assert.equal(reused, first.length - 1, 'all but the edited block reused');
});

test('fenced code keeps its blank lines and is not analysed', () => {
  const doc = new ReportDocument('x', '段落一，\n\n```\n代码\n\n仍是代码\n```\n\n段落二。\n', 'markdown');
  assert.deepEqual(
    doc.blocks.map((b) => b.kind),
    ['paragraph', 'code', 'paragraph'],
  );
});

test('chunks remark would parse in quadratic time are read as plain lines', async () => {
  const { isPathologicalChunk } = await import('../../../server/src/core/model/markdown');
  const soup = '**_*`~['.repeat(1000);
  assert.ok(isPathologicalChunk(soup));
  assert.ok(isPathologicalChunk(Array.from({ length: 60 }, (_, i) => ' '.repeat(i * 2) + '- 项').join('\n')));
  assert.ok(!isPathologicalChunk(seed));
  const doc = new ReportDocument('x', `段落。\n\n${soup}\n第二行`, 'markdown');
  assert.deepEqual(
    doc.blocks.map((b) => b.kind),
    ['paragraph', 'paragraph', 'paragraph'],
  );
  assert.equal(doc.blocks[2].text, '第二行');
});

test('bold closes after CJK punctuation (CJK-friendly emphasis)', () => {
  const doc = new ReportDocument('x', '**一是多管齐下抓招商。**狠抓招商引资不松劲。\n', 'markdown');
  assert.equal(doc.blocks[0].text, '一是多管齐下抓招商。狠抓招商引资不松劲。');
  assert.ok(doc.blocks[0].isBold(0, 10));
  assert.ok(!doc.blocks[0].isBold(10, 12));
});

test('the direct path gives exactly what remark gives, for every chunk it accepts', async () => {
  const fc = (await import('fast-check')).default;
  const { parseMarkdownChunkWithRemark } = await import('../../../server/src/core/model/markdown');
  const { forEachChunk } = await import('../../../server/src/core/model/chunks');
  const { parseSimpleChunk } = await import('../../../server/src/core/model/simple');
  const strip = (d: { blocks: readonly BlockData[] }) =>
    d.blocks.map((b) => ({ ...b, memo: undefined, map: [...b.map] }));
  const same = (c: string) => {
    const direct = parseSimpleChunk(c);
    if (direct) assert.deepEqual(strip(direct), strip(parseMarkdownChunkWithRemark(c)), JSON.stringify(c));
    return direct;
  };
  // Pieces that sit at the edge of the accepted subset: bold next to every class of
  // character, markers at line starts, trailing spaces (hard breaks), CRLF, emoji, VS16.
  const pieces = [
    '**',
    '**',
    '**',
    '*',
    '一',
    '是',
    '年',
    'a',
    'b',
    'Z',
    '5',
    '0',
    '。',
    '，',
    '、',
    '；',
    '：',
    '“',
    '”',
    '（',
    '）',
    '(',
    ')',
    '.',
    ',',
    '!',
    '?',
    '"',
    "'",
    '%',
    '+',
    '-',
    '=',
    '~',
    '|',
    '#',
    '>',
    ' ',
    ' ',
    '  ',
    '\u3000',
    '\u00a0',
    '\u200b',
    '\u200c',
    '\n',
    '\n',
    '\r\n',
    'w  \nw',
    'w \nw',
    '  \r\n',
    '\n1. ',
    '\n- ',
    '\n## ',
    '😀',
    '\ufe0f',
    '\t',
    '—',
  ];
  const starts = ['', '', '# ', '## ', '###### ', '1. ', '12) ', '- ', '+ ', '1.  ', '1.     ', '#', '** ', '**'];
  // Random pieces, and bold spans placed the way drafters place them.
  const noise = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 24 }).map((xs) => xs.join(''));
  const text = fc
    .array(fc.constantFrom(...pieces.filter((p) => !/[*#\t]|\n./.test(p))), { maxLength: 6 })
    .map((xs) => xs.join(''));
  const bold = fc
    .array(
      fc.oneof(
        text,
        text.map((t) => `**${t}**`),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((xs) => xs.join(''));
  const chunk = fc
    .tuple(fc.constantFrom(...starts), fc.oneof(noise, bold))
    // As forEachChunk cuts them: no blank line inside, none before.
    .map(([s, body]) =>
      (s + body)
        .replace(/\r?\n[ \t\u3000\u00a0\u200b\r]*(?=\r?\n|$)/g, '')
        .replace(/^(?:[ \t\u3000\u00a0\u200b\r]*\n)+/, ''),
    )
    .filter((c) => c.trim().length > 0);
  const seen = { paragraph: 0, heading: 0, listItem: 0, strong: 0 };
  fc.assert(
    fc.property(chunk, (c) => {
      const direct = same(c);
      for (const b of direct?.blocks ?? []) {
        seen[b.kind as keyof typeof seen]++;
        if (b.strong.length) seen.strong++;
      }
    }),
    { numRuns: Number(process.env.GOVREPORT_PROPERTY_RUNS ?? 3000) },
  );
  for (const [kind, n] of Object.entries(seen)) assert.ok(n > 100, `${n} ${kind} blocks tried`);
  // Every chunk of the seed and the corpus, too; the seed's are nearly all accepted.
  let accepted = 0;
  let total = 0;
  const reports = [
    seed,
    ...readdirSync(corpusDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(corpusDir, f), 'utf8')),
  ];
  for (const [k, text] of reports.entries()) {
    forEachChunk(text, 'markdown', 0, (s, e) => {
      const direct = same(text.slice(s, e));
      if (k === 0) {
        total++;
        if (direct) accepted++;
      }
    });
  }
  assert.ok(accepted >= total - 3, `${accepted} of the seed's ${total} chunks read directly`);
});

test('an incremental parse (and line index) after random edits equals a full parse of the new text', async () => {
  const fc = (await import('fast-check')).default;
  const { commonEnds } = await import('../../../server/src/core/model/parse');
  assert.deepEqual(commonEnds('abcXdef', 'abcYYdef'), [3, 3]);
  assert.deepEqual(commonEnds('aaa', 'aaaa'), [3, 0]);
  const pieces = [
    '\n',
    '\n\n',
    '**',
    '# ',
    '1. ',
    '```\n',
    '一是',
    '。',
    '各位代表：',
    '“六稳”',
    ' ',
    '\r\n',
    '    ',
    '> ',
    '- ',
    '甲乙丙',
    '<!--',
    '-->',
  ];
  const edit = fc.record({
    at: fc.nat(),
    del: fc.integer({ min: 0, max: 40 }),
    ins: fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((x) => x.join('')),
  });
  const snapshot = (blocks: ReturnType<ParseCache['parse']>) =>
    blocks.map((b) => [b.kind, b.start, b.end, b.text, b.depth, [...b.data.strong.flat()]]);
  fc.assert(
    fc.property(
      fc.constantFrom<'markdown' | 'plaintext'>('markdown', 'plaintext'),
      fc.array(edit, { minLength: 1, maxLength: 8 }),
      (format, edits) => {
        const cache = new ParseCache();
        let text = seed;
        cache.parse(text, format);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
          assert.deepEqual(snapshot(cache.parse(text, format)), snapshot(new ParseCache().parse(text, format)));
          // The line index is updated the same way (some versions skip it: it must start over).
          if (e.del % 3 !== 0) assert.deepEqual(cache.lines(text).lineStarts, new LineIndex(text).lineStarts);
        }
      },
    ),
    { numRuns: 150 },
  );
});

test('page breaks, repaired paragraphs and parts updated after an edit equal those of a fresh parse', async () => {
  const fc = (await import('fast-check')).default;
  // Small edits (the kind that keep the number of blocks) and a few that split or join.
  const pieces = ['改', '。', '，', '\n', '\n\n', '一、', '**', '相关注释', '（一）', '2023年', ' ', '十、概述'];
  const edit = fc.record({
    at: fc.nat(),
    lineStart: fc.boolean(),
    del: fc.integer({ min: 0, max: 3 }),
    ins: fc.array(fc.constantFrom(...pieces), { maxLength: 2 }).map((x) => x.join('')),
    look: fc.nat(7),
  });
  const view = (d: ReportDocument) => ({
    breaks: d.pageBreaks.map((br) => [br.prev.index, br.next.index, br.duplicated]),
    repaired: d.repaired.map((p) => [p.blocks.map((b) => b.index), p.text, p.skips]),
    parts: d.parts.map((p) => [p.role, p.start, p.end, p.title, p.heading.index]),
  });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
      const cache = new ParseCache();
      let text = seed;
      view(new ReportDocument('x', text, 'markdown', cache));
      for (const e of edits) {
        // Half the edits land at a line start, where they make or unmake headings and splits.
        const starts = e.lineStart ? [...text.matchAll(/\n/g)].map((m) => m.index + 1) : [];
        const at = starts.length ? starts[e.at % starts.length] : e.at % (text.length + 1);
        text = text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
        const doc = new ReportDocument('x', text, 'markdown', cache);
        // Some versions are never analysed: the next one must not reuse stale results.
        if (e.look === 0) continue;
        assert.deepEqual(view(doc), view(new ReportDocument('x', text, 'markdown')));
      }
    }),
    { numRuns: Number(process.env.GOVREPORT_PROPERTY_RUNS ?? 200) },
  );
});

/**
 * Heap growth (MB) over 200 one-character edits of 24 copies of the seed, each at the end of
 * a different paragraph, with `step(text)` run on every version.
 */
async function heapGrowthOverEdits(step: (text: string) => void): Promise<number> {
  const v8 = await import('node:v8');
  const vm = await import('node:vm');
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  let big = Array.from({ length: 24 }, () => seed).join('\n\n');
  step(big);
  gc();
  const before = process.memoryUsage().heapUsed;
  const breaks = [...big.matchAll(/\n\n/g)].map((m) => m.index);
  for (let i = 0; i < 200; i++) {
    const at = breaks[(i * 37) % breaks.length] - 1;
    big = big.slice(0, at) + '改' + big.slice(at);
    step(big);
  }
  gc();
  return (process.memoryUsage().heapUsed - before) / 1024 / 1024;
}

test('the parse cache does not keep old versions of the document alive', async () => {
  const cache = new ParseCache();
  const grown = await heapGrowthOverEdits((text) => cache.parse(text, 'markdown'));
  // Each retained version would cost ~0.7 MB: 200 edits leaking them grow the heap by ~140 MB.
  assert.ok(grown < 30, `heap grew ${grown.toFixed(1)} MB`);
});

test('re-checks keep at most one previous version alive (incremental rule results included)', async () => {
  const { checkText } = await import('../../../server/src/core/check');
  const { testEnvironment } = await import('../../helpers/environment');
  const env = testEnvironment();
  const cache = new ParseCache();
  const config = { ...defaultConfig, maxDocumentSize: 1 << 26 };
  const grown = await heapGrowthOverEdits(
    (text) => void checkText(text, env, { uri: 'file:///leak.md', format: 'markdown', cache, config }),
  );
  // A chain of versions kept alive by their edits grew it by ~50 MB.
  assert.ok(grown < 40, `heap grew ${grown.toFixed(1)} MB`);
});
