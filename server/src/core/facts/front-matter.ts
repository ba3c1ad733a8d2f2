/**
 * The front matter of a report: title, dateline (题注), speaker line, salutation and opening
 * sentence, found by one set of recognisers in one window. Every level of government the
 * genre has (国务院总理, 省长, 自治区主席, 市长, 区长, 县长, 旗长, 州长, acting or not), a
 * speaker split over two lines, datelines with `——`, `--`, in parentheses or with Chinese
 * digits, titles spaced out or prefixed with the year and place. Everything here reads
 * blocks only, never the document, so the model can compute it first.
 */
import type { Block } from '../model/blocks';
import { l1Heading } from './parts';
import { chineseDigits, parseChineseNumeral } from '../model/numerals';

export const FRONT_MATTER = ['title', 'dateline', 'speaker', 'salutation', 'opening'] as const;
export type FrontMatterElement = (typeof FRONT_MATTER)[number];

export interface Dateline {
  block: Block;
  year: number;
  month: number;
  day: number;
  /** The meeting as written (`运城市盐湖区第十七届人民代表大会第二次会议`). */
  meeting: string;
}

export interface Speaker {
  /** The speaker line (its first block when split over two lines). */
  block: Block;
  blocks: Block[];
  /** The government as written (`运城市盐湖区人民政府`, `省人民政府`, ''). */
  org: string;
  /** 总理, 省长, 主席, 市长, 区长, 县长, 旗长, 州长, 盟长; '' when only a name stands there. */
  post: string;
  acting: boolean;
  name: string;
}

export interface FrontMatter {
  /** The blocks looked at: the report's first blocks, up to its first part heading. */
  readonly window: number;
  readonly title?: Block;
  readonly dateline?: Dateline;
  readonly speaker?: Speaker;
  readonly salutation?: Block;
  readonly opening?: Block;
  /** Index of the first block after the front matter (the salutation's, when there is one). */
  readonly bodyStart: number;
  /** A State Council report (总理, 国务院, 全国人民代表大会). */
  readonly national: boolean;
}

/** How many blocks the front matter may take (web copies put a page's debris in it). */
export const FRONT_WINDOW = 30;

/** Text as the recognisers see it: no blanks, no leftover `**`. */
export function normaliseFrontMatter(text: string): string {
  return text.replace(/\*\*|(?:[\s\u3000\u200b\ufeff]|\u200d)+/g, '');
}

const CN_DIGIT = '〇○零一二三四五六七八九';
const DASHES = '-—–―─－~～';

/** The title: `政府工作报告`, spaced out, or with the year and place before it. */
export const TITLE = /^(?:\d{4}年)?[^，。；：,;:]{0,24}?政府工作报告(?:[（(][^）)]{0,12}[）)])?$/;
/** The dateline: `——2022年1月25日在……会议上`, `--…`, `（…）`, no dash, Chinese digits. */
export const DATELINE = new RegExp(
  `^[${DASHES}]{0,4}[（(]?(\\d{4}|[${CN_DIGIT}]{4})年(\\d{1,2}|[${CN_DIGIT}十]{1,3})月(\\d{1,2}|[${CN_DIGIT}十]{1,3})日(?:在|于)(.{2,60}?)(?:会议|大会)上[）)]?$`,
);
const POSTS = '总理|省长|自治区主席|主席|市长|区长|县长|旗长|州长|盟长';
/** `运城市盐湖区人民政府代区长 彭梦森`, `自治区主席 艾尔肯·吐尼亚孜`, `国务院总理 李克强`. */
export const SPEAKER = new RegExp(`^(.{0,30}?)(代理?)?(${POSTS})([\\u4e00-\\u9fff·•．]{2,12})$`);
/** The first half of a speaker line split over two lines: the post alone. */
const SPEAKER_HEAD = new RegExp(`^(.{0,30}?)(代理?)?(${POSTS})$`);
const POST = new RegExp(POSTS);
/** A name alone on its line. */
const NAME = /^[\u4e00-\u9fff·•．]{2,8}$/;
/** The salutation as it should be written; SALUTATION_FOUND also takes it with another mark. */
export const SALUTATION = /^各位代表：$/;
const SALUTATION_FOUND = /^各位代表[：:，,]?$/;
/** `现在，我代表……向大会报告工作，请予审议…`, `我代表省人民政府…`, `…向大会作工作报告`. */
export const OPENING = /^(?:现在[，,]?)?我代表.{1,40}?(?:向大会|作).{0,40}?(?:报告|审议)/;

/** Loose shapes: the element is there, but not as it should be written. */
export const LOOSE: Record<FrontMatterElement, RegExp> = {
  title: /^.{0,24}政府工作报.{0,3}$/,
  dateline: new RegExp(`^[${DASHES}（(]{0,4}.{0,12}(?:\\d{4}|[${CN_DIGIT}]{4})年.{0,70}(?:会议|大会)`),
  speaker: new RegExp(`(?:${POSTS})[\\u4e00-\\u9fff·]{2,12}$`),
  salutation: /^各位代表[：:，,！!。]?$/,
  opening: /^(?:现在.{0,4})?我代表/,
};

/** A date part in Arabic or Chinese digits: `2026`, `二〇二六` (digit by digit), `二十七`. */
function digitsOf(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4) return Number(chineseDigits(s) ?? NaN);
  return parseChineseNumeral(s) ?? NaN;
}

export function readDateline(block: Block): Dateline | undefined {
  const m = DATELINE.exec(normaliseFrontMatter(block.text));
  if (!m) return undefined;
  const year = digitsOf(m[1]);
  const month = digitsOf(m[2]);
  const day = digitsOf(m[3]);
  if (!(year >= 1949 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  return { block, year, month, day, meeting: m[4] };
}

function isProse(b: Block): boolean {
  return b.kind === 'heading' || b.kind === 'paragraph';
}

/** Finds the front matter in a document's blocks. */
export function findFrontMatter(blocks: readonly Block[]): FrontMatter {
  let window = Math.min(blocks.length, FRONT_WINDOW);
  for (let i = 0; i < window; i++) {
    if (l1Heading(blocks[i]) && i > 0) {
      window = i;
      break;
    }
  }
  let title: Block | undefined;
  let dateline: Dateline | undefined;
  let speaker: Speaker | undefined;
  let salutation: Block | undefined;
  let opening: Block | undefined;
  for (let i = 0; i < window; i++) {
    const b = blocks[i];
    if (!isProse(b)) continue;
    const t = normaliseFrontMatter(b.text);
    if (!t) continue;
    if (SALUTATION_FOUND.test(t)) {
      salutation = b;
      opening = blocks.slice(i + 1, i + 3).find((x) => isProse(x) && OPENING.test(normaliseFrontMatter(x.text)));
      break;
    }
    if (!title && t.length <= 40 && TITLE.test(t)) {
      title = b;
      continue;
    }
    const d = !dateline && t.length <= 90 ? readDateline(b) : undefined;
    if (d) {
      dateline = d;
      // A name alone right under the dateline is the speaker, without a post.
      const next = blocks[i + 1];
      if (
        !speaker &&
        next &&
        isProse(next) &&
        !readSpeaker(blocks, i + 1) &&
        NAME.test(normaliseFrontMatter(next.text)) &&
        !POST.test(next.text)
      ) {
        speaker = {
          block: next,
          blocks: [next],
          org: '',
          acting: false,
          post: '',
          name: normaliseFrontMatter(next.text),
        };
        i++;
      }
      continue;
    }
    const s = !speaker && t.length <= 44 ? readSpeaker(blocks, i) : undefined;
    if (s) {
      speaker = s;
      i += s.blocks.length - 1;
    }
  }
  // A report without a salutation: the opening sentence may still be there.
  if (!salutation && !opening) {
    opening = blocks.slice(0, window).find((b) => isProse(b) && OPENING.test(normaliseFrontMatter(b.text)));
  }
  const lastFound = [title?.index, dateline?.block.index, speaker?.blocks[speaker.blocks.length - 1].index].filter(
    (x): x is number => x !== undefined,
  );
  const bodyStart = salutation ? salutation.index : lastFound.length ? Math.max(...lastFound) + 1 : 0;
  const national =
    !!dateline?.meeting.includes('全国人民代表大会') ||
    speaker?.post === '总理' ||
    !!speaker?.org.includes('国务院') ||
    blocks.slice(0, Math.min(blocks.length, bodyStart + 4)).some((b) => /代表国务院/.test(b.text));
  return { window, title, dateline, speaker, salutation, opening, bodyStart, national };
}

function readSpeaker(blocks: readonly Block[], i: number): Speaker | undefined {
  const b = blocks[i];
  const t = normaliseFrontMatter(b.text);
  const m = SPEAKER.exec(t);
  if (m && !/[，。；]/.test(m[1])) return { block: b, blocks: [b], org: m[1], acting: !!m[2], post: m[3], name: m[4] };
  const h = SPEAKER_HEAD.exec(t);
  const next = blocks[i + 1];
  if (h && next && isProse(next) && NAME.test(normaliseFrontMatter(next.text))) {
    return {
      block: b,
      blocks: [b, next],
      org: h[1],
      acting: !!h[2],
      post: h[3],
      name: normaliseFrontMatter(next.text),
    };
  }
  return undefined;
}

/**
 * Does the text look like a government work report at all? A dateline; a title naming a
 * 工作报告 near the top; or the salutation (the one found, or one written with another mark,
 * LOOSE) in the front matter, followed by numbered parts.
 */
export function looksLikeReport(blocks: readonly Block[], fm: FrontMatter): boolean {
  if (fm.dateline || fm.title) return true;
  const head = blocks.slice(0, 40);
  if (head.some((b) => b.text.length <= 40 && /工作报告/.test(b.text) && (b.kind === 'heading' || b.index < 5)))
    return true;
  const salutation =
    !!fm.salutation ||
    blocks.slice(0, fm.window).some((b) => isProse(b) && LOOSE.salutation.test(normaliseFrontMatter(b.text)));
  return salutation && blocks.some((b) => l1Heading(b) !== undefined);
}
