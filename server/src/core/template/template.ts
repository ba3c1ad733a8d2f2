/**
 * The structure template, derived from a seed report (never hand-written): the front
 * matter with patterns, the ordered top-level parts by role with year-generalised titles,
 * the numbering scheme and majority markup per level, the notes style. Pure functions;
 * node/template.ts loads and caches it.
 */
import { z } from 'zod';
import { escapeRegExp } from '../regexp';
import type { ReportDocument } from '../model/document';
import type { Block } from '../model/blocks';
import { majorityStyle, markupOf } from '../facts/numbering';
import { CN_NUMERAL_CHARS } from '../model/numerals';
import { outlineOf, type OutlineNode } from '../outline/outline';
import {
  DATELINE,
  FRONT_MATTER,
  FrontMatterElement,
  normaliseFrontMatter,
  OPENING,
  SALUTATION,
  SPEAKER,
  TITLE,
} from '../facts/front-matter';
import { parseNotes } from '../terms/notes';

export { FRONT_MATTER, normaliseFrontMatter };
export type { FrontMatterElement };

const role = z.enum(['review', 'plan', 'selfBuilding', 'notes', 'other']);

export const templateSchema = z.object({
  version: z.literal(1),
  /** Where the template came from (the seed's URI). */
  source: z.string(),
  reportYear: z.number().int().min(1949).max(2200).optional(),
  /** Derived from the bundled report, not chosen by the user: its own wording is not quoted. */
  builtin: z.boolean().optional(),
  frontMatter: z.array(
    z.object({
      element: z.enum(FRONT_MATTER),
      required: z.boolean(),
      /** A JavaScript regular expression (source) the element must match. */
      pattern: z.string().refine(isRegExp, { message: 'not a valid regular expression' }),
      example: z.string(),
    }),
  ),
  parts: z.array(
    z.object({
      role,
      number: z.number().int().positive().optional(),
      /** Title with years generalised: `{Y-1}年工作回顾`, `{Y}年工作安排`. */
      title: z.string(),
      required: z.boolean(),
      markup: z.string(),
    }),
  ),
  numbering: z.array(
    z.object({
      level: z.enum(['part', 'section', 'item', 'sub', 'dash']),
      marker: z.string(),
      count: z.number().int().nonnegative(),
      /** Majority markup: `h2:none`, `p:all` (heading depth or paragraph, bold extent). */
      markup: z.string().optional(),
    }),
  ),
  notes: z
    .object({
      count: z.number().int().nonnegative(),
      style: z.string(),
      example: z.string(),
    })
    .optional(),
  closing: z.object({ pattern: z.string().refine(isRegExp), example: z.string() }).optional(),
});

export type Template = z.infer<typeof templateSchema>;

function safeTest(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern).test(text);
  } catch {
    return false;
  }
}

function isRegExp(s: string): boolean {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}

const NUM = `[${CN_NUMERAL_CHARS}]+`;
/** Generic recognisers (facts/front-matter): every level of government, every usual form. */
export const GENERIC: Record<FrontMatterElement, RegExp> = {
  title: TITLE,
  dateline: DATELINE,
  speaker: SPEAKER,
  salutation: SALUTATION,
  opening: OPENING,
};

/** The seed's own text as a pattern: numbers, dates and the name generalised. */
function generalise(element: FrontMatterElement, text: string): string {
  const compact = text.replace(/\s+/g, ' ').trim();
  // Patterns are matched against normalised text (see normaliseFrontMatter).
  switch (element) {
    case 'title':
      return `^${escapeRegExp(compact.replace(/ /g, ''))}$`;
    case 'salutation':
      return SALUTATION.source;
    case 'dateline': {
      // The meeting as the one dateline recogniser reads it (the pattern below is kept only
      // when the seed's own dateline matches it: see deriveTemplate).
      const written = DATELINE.exec(normaliseFrontMatter(compact))?.[4];
      // The session numbers change every year; the place may be written differently.
      const session = written && /第.+?届.*?人民代表大会.*$/.exec(written);
      const meeting = session
        ? '.{0,30}?' +
          escapeRegExp(session[0]).replace(new RegExp(NUM, 'g'), NUM).replace('人民代表大会', '(?:全国)?人民代表大会')
        : '.+?';
      return `^——\\d{4}年\\d{1,2}月\\d{1,2}日在${meeting}会议上$`;
    }
    case 'speaker': {
      // Keep the government, generalise the post (代区长 → 区长) and the name.
      const m = /^(.*?)(代?)((?:区|县|市|州|省|盟|旗)长|总理|主席)\s*(\S{2,4})$/.exec(compact);
      if (!m) return GENERIC.speaker.source;
      // The government may be named differently (another district uses the seed too).
      const org = /人民政府$/.test(m[1].replace(/\s+/g, ''))
        ? '.{2,30}?人民政府'
        : escapeRegExp(m[1].replace(/\s+/g, ''));
      return `^${org}代?${escapeRegExp(m[3])}\\S{2,4}$`;
    }
    case 'opening':
      return GENERIC.opening.source;
  }
}

/** Year-generalised title: `2021年工作回顾` in a 2022 report → `{Y-1}年工作回顾`. */
export function generaliseYears(title: string, year: number | undefined): string {
  if (year === undefined) return title;
  return title.replace(/(\d{4})(\s*年)/g, (m, y: string, rest: string) => {
    const d = Number(y) - year;
    return d === 0 ? `{Y}${rest.trim()}` : `{Y${d > 0 ? '+' : ''}${d}}${rest.trim()}`;
  });
}

/** The inverse of generaliseYears: `{Y}`, `{Y-1}`, `{Y+2}`… as years of `year`, or `YYYY` without one. */
export function expandYears(title: string, year: number | undefined): string {
  return title.replace(/\{Y([+-]\d+)?\}/g, (_, d?: string) =>
    year === undefined ? 'YYYY' : String(year + Number(d ?? 0)),
  );
}

function levelMajority(nodes: readonly OutlineNode[]): string | undefined {
  return majorityStyle(nodes.map(markupOf), undefined, false);
}

export function deriveTemplate(seed: ReportDocument): Template {
  const year = seed.reportYear;
  const f = seed.front;
  const fm: Partial<Record<FrontMatterElement, Block>> = {
    title: f.title,
    dateline: f.dateline?.block,
    speaker: f.speaker?.block,
    salutation: f.salutation,
    opening: f.opening,
  };
  const frontMatter = FRONT_MATTER.map((element) => {
    const b = fm[element];
    const example = b ? b.text.replace(/\*\*/g, '') : '';
    // The seed's own element as a pattern, kept only if the seed matches it.
    let pattern = b ? generalise(element, example) : GENERIC[element].source;
    if (b && !safeTest(pattern, normaliseFrontMatter(example))) pattern = GENERIC[element].source;
    return { element, required: b !== undefined, pattern, example };
  });
  const parts = seed.parts.map((p) => ({
    role: p.role,
    number: p.number,
    title: generaliseYears(p.title, year),
    // The review and plan parts are required; the others are kept flexible (§5).
    required: p.role === 'review' || p.role === 'plan',
    markup: p.heading.kind === 'heading' ? `h${p.heading.depth}` : 'p',
  }));
  const nodes = outlineOf(seed).nodes.filter((n) => !n.inline && n.marker);
  const level = (...kinds: Array<OutlineNode['kind']>) => nodes.filter((n) => kinds.includes(n.kind));
  const numbering: Template['numbering'] = [];
  const add = (lv: Template['numbering'][number]['level'], marker: string, list: OutlineNode[]) => {
    if (list.length > 0) numbering.push({ level: lv, marker, count: list.length, markup: levelMajority(list) });
  };
  add('part', '一、', level('part'));
  add('section', '（一）', level('section'));
  const items = level('shi', 'yao', 'di', 'arabic');
  const itemMarker =
    items.length === 0
      ? '一是'
      : ({ shi: '一是', yao: '一要', di: '第一，', arabic: '1.' } as Record<string, string>)[items[0].kind];
  add('item', itemMarker, items);
  add('sub', '（1）', level('paren'));
  add('dash', '——', level('dash'));
  const notesPart = seed.notesPart;
  let notes: Template['notes'];
  const entries = parseNotes(seed)?.entries;
  if (entries) {
    const first = entries[0] ? seed.text.slice(entries[0].start, entries[0].end).replace(/\*\*/g, '') : '';
    notes = {
      count: entries.length,
      style: /^\d+[.．]\s*“/.test(first) ? 'N. “术语”：释义' : 'N. 术语：释义',
      example: first.slice(0, 60),
    };
  }
  const bodyEnd = notesPart?.start ?? seed.blocks.length;
  let closing: Template['closing'];
  for (let i = bodyEnd - 1; i >= seed.bodyStart && i >= bodyEnd - 6; i--) {
    const t = seed.blocks[i].text;
    if (/！$/.test(t)) {
      closing = { pattern: '！$', example: t.slice(-40) };
      break;
    }
  }
  return templateSchema.parse({
    version: 1,
    source: seed.uri,
    reportYear: year,
    frontMatter,
    parts,
    numbering,
    notes,
    closing,
  });
}
