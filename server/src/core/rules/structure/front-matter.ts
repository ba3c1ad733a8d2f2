/**
 * structure/front-matter: the title, dateline, speaker line, salutation `各位代表：` and
 * opening sentence (facts/front-matter recognises them in every form the genre uses).
 * Missing elements are reported at the top; malformed ones where they stand. A template the
 * user chose adds its own patterns and is quoted; the built-in one is never quoted. A text
 * that starts at the salutation (an excerpt, a transcription) gets one note, not three
 * warnings. The salutation's colon is fixed mechanically.
 */
import { defineRule, noOptions, Report } from '../types';
import { FRONT_MATTER, FrontMatterElement, LOOSE, normaliseFrontMatter, SALUTATION } from '../../facts/front-matter';
import type { Block } from '../../model/blocks';
import { ref } from '../../messages/catalogue';

const ELEMENT = {
  title: 'structure/front-matter.element.title',
  dateline: 'structure/front-matter.element.dateline',
  speaker: 'structure/front-matter.element.speaker',
  salutation: 'structure/front-matter.element.salutation',
  opening: 'structure/front-matter.element.opening',
} as const;

export default defineRule({
  id: 'structure/front-matter',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'structure/front-matter.description',
  fixes: { fixAll: 'all', fixAllNote: 'structure/front-matter.fixAllNote' },
  footprint: () => '',
  options: noOptions,
  check({ doc, env, report }) {
    if (doc.blocks.length === 0) return;
    const fm = doc.front;
    const chosen = env.template && !env.template.builtin ? env.template.frontMatter : undefined;
    const found: Record<FrontMatterElement, Block | undefined> = {
      title: fm.title,
      dateline: fm.dateline?.block,
      speaker: fm.speaker?.block,
      salutation: fm.salutation,
      opening: fm.opening,
    };
    const anchor = doc.blocks[0];
    // The text starts at the salutation: an excerpt or a transcription of the body.
    const excerpt =
      !found.title && !found.dateline && !found.speaker && found.salutation?.index === firstProse(doc.blocks);
    if (excerpt)
      report({
        start: anchor.start,
        end: anchor.start,
        message: 'structure/front-matter.noFrontMatter',
        severity: 'information',
      });
    // Where a missing element may be written loosely: the front matter's window.
    const scan = doc.blocks
      .slice(0, Math.max(fm.window, Math.min(doc.blocks.length, doc.bodyStart + 2)))
      .filter((b) => b.kind === 'heading' || b.kind === 'paragraph');
    const taken = new Set(Object.values(found).filter((b): b is Block => !!b));
    for (const el of FRONT_MATTER) {
      const t = chosen?.find((f) => f.element === el);
      if (chosen && t && !t.required) continue;
      if (excerpt && el !== 'salutation' && el !== 'opening') continue;
      const b = found[el];
      if (b) {
        if (el === 'speaker' && fm.speaker && !fm.speaker.post) {
          report({
            start: b.start,
            end: b.end,
            message: 'structure/front-matter.speakerWithoutPost',
            args: { text: fm.speaker.name },
          });
          continue;
        }
        if (el === 'salutation' && !SALUTATION.test(normaliseFrontMatter(b.text))) {
          report(malformed(el, b, t?.example));
          continue;
        }
        const strict = t && patternOf(t.pattern);
        if (strict && !strict.test(normaliseFrontMatter(b.text))) report(malformed(el, b, t.example));
        continue;
      }
      const loose = scan.find((x) => !taken.has(x) && LOOSE[el].test(normaliseFrontMatter(x.text)));
      if (loose) {
        taken.add(loose);
        report(malformed(el, loose, t?.example));
        continue;
      }
      // Without a salutation the opening may not be told apart from the body: say nothing.
      if (el === 'opening' && !fm.salutation) continue;
      report(
        t?.example
          ? {
              start: anchor.start,
              end: anchor.start,
              message: 'structure/front-matter.missingTemplate',
              args: { element: ref(ELEMENT[el]), example: t.example },
            }
          : {
              start: anchor.start,
              end: anchor.start,
              message: 'structure/front-matter.missing',
              args: { element: ref(ELEMENT[el]) },
            },
      );
    }
  },
});

function firstProse(blocks: readonly Block[]): number {
  return (
    blocks.find((b) => (b.kind === 'heading' || b.kind === 'paragraph') && normaliseFrontMatter(b.text) !== '')
      ?.index ?? -1
  );
}

function malformed(el: FrontMatterElement, b: Block, example: string | undefined): Report {
  const text = b.text.replace(/\*\*/g, '').slice(0, 40);
  const base: Report = example
    ? {
        start: b.start,
        end: b.end,
        message: 'structure/front-matter.malformedTemplate',
        args: { element: ref(ELEMENT[el]), text, example },
      }
    : {
        start: b.start,
        end: b.end,
        message: 'structure/front-matter.malformed',
        args: { element: ref(ELEMENT[el]), text },
      };
  if (el === 'salutation') {
    const i = b.text.lastIndexOf('代表') + 2;
    if (b.text.slice(i) !== '：') {
      return {
        ...base,
        fix: {
          message: 'structure/front-matter.fixSalutation',
          edits: [{ start: b.sourceOffset(i), end: b.sourceEnd(b.text.length), newText: '：' }],
          safe: true,
        },
      };
    }
  }
  return base;
}

function patternOf(source: string | undefined): RegExp | undefined {
  if (!source) return undefined;
  try {
    return new RegExp(source);
  } catch {
    return undefined;
  }
}
