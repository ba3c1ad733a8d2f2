/**
 * structure/front-matter: the title, dateline, speaker line, salutation `各位代表：` and
 * opening sentence, checked against the template's patterns (derived from the seed).
 * Missing elements are reported at the top; malformed ones where they stand. The
 * salutation's colon is fixed mechanically.
 */
import { defineRule, noOptions } from '../types';
import { FRONT_MATTER, FrontMatterElement, GENERIC, normaliseFrontMatter } from '../../template/template';
import type { Block } from '../../model/blocks';

const NAMES: Record<FrontMatterElement, string> = {
  title: '标题',
  dateline: '题注（——YYYY年M月D日在……会议上）',
  speaker: '报告人（……人民政府区长 姓名）',
  salutation: '称呼“各位代表：”',
  opening: '开场白（现在，我代表……向大会报告工作，请予审议……）',
};

/** Loose recognisers: the element is there but may be malformed. */
const LOOSE: Record<FrontMatterElement, RegExp> = {
  title: /^.{0,20}政府工作报.{0,3}$/,
  dateline: /^——.{0,12}\d{4}\s*年/,
  speaker: /(?:长|总理|主席)\s*\S{2,4}$/,
  salutation: /^各位代表\s*[：:，,！!。]?$/,
  opening: /^现在.{0,6}我代表/,
};

export default defineRule({
  id: 'structure/front-matter',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'structure/front-matter.description',
  footprint: () => '',
  options: noOptions,
  check({ doc, env, report }) {
    if (doc.blocks.length === 0) return;
    const templ = env.template?.frontMatter;
    const scanEnd = Math.min(doc.blocks.length, doc.bodyStart + 2, 14);
    const scan = doc.blocks.slice(0, scanEnd).filter((b) => b.kind === 'heading' || b.kind === 'paragraph');
    let after = -1;
    const anchor = doc.blocks[0];
    for (const el of FRONT_MATTER) {
      const t = templ?.find((f) => f.element === el);
      if (t && !t.required) continue;
      const strict = patternOf(t?.pattern) ?? GENERIC[el];
      const exact = scan.find((b) => b.index > after && strict.test(normaliseFrontMatter(b.text)));
      if (exact) {
        after = exact.index;
        continue;
      }
      const generic = scan.find((b) => b.index > after && GENERIC[el].test(normaliseFrontMatter(b.text)));
      const loose = generic ?? scan.find((b) => b.index > after && LOOSE[el].test(b.text.replace(/\*\*/g, '')));
      if (loose) {
        after = loose.index;
        report(malformed(el, loose, t?.example ?? ''));
        continue;
      }
      report({ start: anchor.start, end: anchor.start, message: 'structure/front-matter.missing', args: { element: NAMES[el], example: t?.example ?? '' } });
    }

    function malformed(el: FrontMatterElement, b: Block, example: string) {
      const text = b.text.replace(/\*\*/g, '');
      const base = { start: b.start, end: b.end, message: 'structure/front-matter.malformed' as const, args: { element: NAMES[el], text: text.slice(0, 40), example } };
      if (el === 'salutation') {
        const i = b.text.lastIndexOf('代表') + 2;
        const rest = b.text.slice(i);
        if (rest !== '：') {
          return { ...base, fix: { message: 'structure/front-matter.fixSalutation' as const, edits: [{ start: b.sourceOffset(i), end: b.sourceEnd(b.text.length), newText: '：' }], safe: true } };
        }
      }
      return base;
    }
  },
});

function patternOf(source: string | undefined): RegExp | undefined {
  if (!source) return undefined;
  try {
    return new RegExp(source);
  } catch {
    return undefined;
  }
}
