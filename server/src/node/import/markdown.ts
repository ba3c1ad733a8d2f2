/**
 * Paragraphs → the Markdown form the editor uses: `#` title, `##` headings, `**bold**`,
 * numbering as text, one blank line between paragraphs. Shared by the Word and PDF import.
 */

export interface Run {
  text: string;
  bold: boolean;
}

export interface Paragraph {
  /** 0 for body text; 1 for the title (`#`), 2… for headings. */
  heading: number;
  runs: Run[];
  /** Numbering Word generated (`1.`), written as text before the runs. */
  number?: string;
}

/** Characters that would turn plain text into Markdown syntax. */
function escapeInline(s: string): string {
  return s.replace(/([\\*_`<[\]])/g, '\\$1');
}

/** A paragraph's inline Markdown: bold runs merged, blanks kept outside the `**`. */
export function inlineMarkdown(runs: readonly Run[]): string {
  const merged: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = merged[merged.length - 1];
    if (last && (last.bold === r.bold || !r.text.trim())) last.text += r.text;
    else merged.push({ ...r });
  }
  let out = '';
  for (const r of merged) {
    if (!r.bold || !r.text.trim()) {
      out += escapeInline(r.text);
      continue;
    }
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(r.text)!;
    out += `${m[1]}**${escapeInline(m[2])}**${m[3]}`;
  }
  return out;
}

/** Line breaks inside a paragraph become Markdown hard breaks; blanks at the ends go. */
function tidy(s: string): string {
  return s.replace(/[ \t\u3000]*\n[ \t\u3000]*/g, '  \n').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

export function toMarkdown(paragraphs: readonly Paragraph[]): { markdown: string; paragraphLines: number[] } {
  const lines: string[] = [];
  const paragraphLines: number[] = [];
  for (const p of paragraphs) {
    let text = tidy(inlineMarkdown(p.runs));
    if (!text) continue;
    if (p.number) text = `${p.number} ${text}`;
    // Numbering typed as text (`1. `) stays a Markdown list, as in the editor's form.
    else if (!p.heading) text = text.replace(/^(#{1,6}\s|>)/, '\\$1');
    if (p.heading) text = `${'#'.repeat(Math.min(6, p.heading))} ${text.replace(/ {2}\n/g, ' ')}`;
    if (lines.length) lines.push('');
    paragraphLines.push(lines.length);
    lines.push(...text.split('\n'));
  }
  return { markdown: lines.join('\n') + '\n', paragraphLines };
}
