/**
 * A term's uses in one block: one pass over its text (quoted strings, known headwords, the
 * unquoted `N大…工程` pattern), kept per block for one matcher set, and uses that read their
 * positions through the block (which moves when an edit elsewhere shifts it).
 */
import type { Block } from '../model/blocks';
import type { MatcherSet } from './glossary';
import { isNumericShorthand, ndaMatches, quotedSpans } from './shorthand';
import { definedInPlace, listedBefore } from './in-place';

export type UseKind = 'known' | 'shorthand' | 'pattern';

export interface TermUse {
  readonly term: string;
  /** Source range of the term (inside its quotes when quoted). */
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
  /** known: a glossary or note headword; shorthand: §2.2 NS; pattern: unquoted `N大…工程`. */
  readonly kind: UseKind;
  /** Explained where it is used (`“q”即…`, `q（…）`). */
  readonly inPlace: boolean;
  /** The note a reference mark after the term points to (`“两区三园”［3］` → 3). */
  readonly ref?: number;
  readonly block: number;
}

/** A block's scan result in plain-text indices (content-addressed through block.memo). */
export type Hit = Omit<TermUse, 'block'>;

// One slot per block, valid for one matcher set (a key per set would pile up as notes are edited).
// A block's hits follow its content and the matcher set: one slot on the shared data.
// Its uses follow its hits: one slot on the block object (positions are read through it).
export function blockUses(b: Block, matchers: MatcherSet, known: (t: string) => boolean): TermUse[] {
  const kept = b.terms as UsesEntry | undefined;
  if (kept && kept.id === matchers.id) return kept.uses;
  const slot = b.memo('terms.scan', newHitsSlot);
  if (slot.id !== matchers.id) {
    slot.id = matchers.id;
    slot.hits = scanBlock(b.text, matchers, known);
  }
  const entry = slot.hits.length
    ? { id: matchers.id, uses: slot.hits.map((h) => new BlockTermUse(b, h)) }
    : noUses(matchers.id);
  b.terms = entry;
  return entry.uses;
}

const newHitsSlot = () => ({ id: '', hits: [] as Hit[] });

/** A block's uses for one matcher set; most blocks share the empty entry of their set. */
interface UsesEntry {
  id: string;
  uses: TermUse[];
}

let emptyEntry: UsesEntry = { id: '', uses: [] };

function noUses(id: string): UsesEntry {
  if (emptyEntry.id !== id) emptyEntry = { id, uses: [] };
  return emptyEntry;
}

/** A use of a term found in a block: positions read through the block, which may move. */
class BlockTermUse implements TermUse {
  constructor(
    private readonly b: Block,
    private readonly h: Hit,
  ) {}
  get term(): string {
    return this.h.term;
  }
  get start(): number {
    return this.b.sourceOffset(this.h.start);
  }
  get end(): number {
    return this.b.sourceEnd(this.h.end);
  }
  get quoted(): boolean {
    return this.h.quoted;
  }
  get kind(): UseKind {
    return this.h.kind;
  }
  get inPlace(): boolean {
    return this.h.inPlace;
  }
  get ref(): number | undefined {
    return this.h.ref;
  }
  get block(): number {
    return this.b.index;
  }
}

const ALNUM = /[0-9A-Za-z]/;
/** A reference mark to a note right after a quoted term: `［3］`, `[3]`. */
const REF_MARK = /^\s*[［[]\s*(\d{1,3})\s*[］\]]/;
/** Around a number: a decimal point, a sign or separator before; a unit or percent after (1311.5万元 is not “1311”). */
const NUMBER_BEFORE = /[0-9.．,，+＋-]/;
const NUMBER_AFTER =
  /^(?:[.．][0-9]|[%％‰万亿千百元个人家项件所次户亩吨米年月日号条台辆座张批处例名位套间倍斤度]|公里|平方|立方)/;

/** One pass over a block: quoted strings, then known headwords, then the NDA pattern. */
export function scanBlock(text: string, matchers: MatcherSet, known: (t: string) => boolean): Hit[] {
  const hits: Hit[] = [];
  // Characters already claimed by a hit (a bitmap keeps this linear on long paragraphs).
  const claimed = new Uint8Array(text.length + 1);
  const taken = { push: ([s, e]: [number, number]) => claimed.fill(1, s, e) };
  const free = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (claimed[i]) return false;
    return true;
  };
  for (const s of quotedSpans(text)) {
    // 碳达峰“十大行动”: the words right before the quotes complete a known headword.
    const term = known(s.term) ? s.term : (completedBefore(text, s.open, s.term, known) ?? s.term);
    const kind: UseKind | undefined = known(term) ? 'known' : isNumericShorthand(term) ? 'shorthand' : undefined;
    if (!kind) continue;
    const inPlace = definedInPlace(text, s.close + 1) || listedBefore(text, s.open, term);
    const mark = REF_MARK.exec(text.slice(s.close + 1, s.close + 9));
    hits.push({
      term,
      start: s.open + 1,
      end: s.close,
      quoted: true,
      kind,
      inPlace,
      ref: mark ? Number(mark[1]) : undefined,
    });
    taken.push([s.open, s.close + 1]);
  }
  const patterns = matchers.matcher.patterns;
  for (const m of matchers.matcher.findLongest(text)) {
    const term = patterns[m.pattern];
    if (!free(m.start, m.end) || matchers.quotedOnly.has(term)) continue;
    // A digit code matches only as a whole number (`415` not in `3415`).
    if (ALNUM.test(term[0]) && ALNUM.test(text[m.start - 1] ?? '')) continue;
    if (ALNUM.test(term[term.length - 1]) && ALNUM.test(text[m.end] ?? '')) continue;
    // Unquoted, a digit code that reads as an amount is one (1311.5万元, 2345亿元, 415个).
    if (
      /^\d/.test(term) &&
      (NUMBER_BEFORE.test(text[m.start - 1] ?? '') ||
        (/\d$/.test(term) && NUMBER_AFTER.test(text.slice(m.end, m.end + 4).replace(/^[ \u3000]+/, ''))))
    )
      continue;
    hits.push({ term, start: m.start, end: m.end, quoted: false, kind: 'known', inPlace: definedInPlace(text, m.end) });
    taken.push([m.start, m.end]);
  }
  for (const m of ndaMatches(text)) {
    if (!free(m.start, m.end)) continue;
    hits.push({
      term: m.term,
      start: m.start,
      end: m.end,
      quoted: false,
      kind: 'pattern',
      inPlace: definedInPlace(text, m.end) || listedBefore(text, m.start, m.term),
    });
    taken.push([m.start, m.end]);
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The known headword that ends with the quoted term and starts up to six characters before it. */
function completedBefore(text: string, open: number, term: string, known: (t: string) => boolean): string | undefined {
  for (let k = 6; k >= 2; k--) {
    const before = text.slice(Math.max(0, open - k), open);
    if (before.length === k && /^[\u4e00-\u9fff]+$/.test(before) && known(before + term)) return before + term;
  }
  return undefined;
}
