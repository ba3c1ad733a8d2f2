/**
 * Filling a message template with its arguments, in the punctuation of the locale:
 *
 * - an argument a rule words itself (a level name, a style, a range) may carry both
 *   languages (see `bilingual`); the locale's half is used;
 * - quoted report text inside “…” that holds quotes itself gets single quotes inside
 *   (GB/T 15834: “……‘……’……”), and an argument that is wholly quoted is not quoted twice
 *   (`“三个一百”` in “{term}” gives “三个一百”, not ““三个一百””);
 * - punctuation is not doubled where an argument meets the template: `一、` before `、`,
 *   `……。` before `。`, a list's trailing `、` before `）`, and a quoted sentence ending
 *   in 。！？ before `”。`.
 */
export type Locale = 'zh-cn' | 'en';
export type Args = Record<string, string | number>;

const SEP = '\u001f';

/** A text a rule words itself, in both languages, as one argument value. */
export function bilingual(zh: string, en: string): string {
  return `${zh}${SEP}${en}`;
}

/** The locale's half of an argument (see bilingual). */
export function localText(value: string, locale: Locale): string {
  const at = value.indexOf(SEP);
  if (at < 0) return value;
  return locale === 'en' ? value.slice(at + 1) : value.slice(0, at);
}

const DOUBLE_AFTER = new Set(['、', '，', '。', '；', '：', '！', '？', ',', '.', ';', ':']);

export function fillTemplate(template: string, args: Args, locale: Locale): string {
  let out = '';
  let last = 0;
  const re = /\{(\w+)\}/g;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    const name = m[1];
    out += template.slice(last, m.index);
    last = m.index + m[0].length;
    if (!(name in args)) {
      out += m[0];
      continue;
    }
    let value = localText(String(args[name]), locale);
    const before = template[m.index - 1];
    const after = template[last];
    const head = template.slice(0, m.index);
    if (head.lastIndexOf('“') > head.lastIndexOf('”')) {
      // Inside “…”: a wholly quoted value drops its own quotes; quotes inside become single quotes.
      if (before === '“' && after === '”' && /^“[^“”]*”$/.test(value)) value = value.slice(1, -1);
      value = value.replace(/“/g, '‘').replace(/”/g, '’');
      // `“……。”。`: the quoted sentence ends itself.
      if (after === '”' && /[。！？]$/.test(value) && template[last + 1] === '。') {
        out += value + '”';
        last += 2;
        continue;
      }
    } else if (before === '"' && after === '"' && /^“[^“”]*”$/.test(value)) value = value.slice(1, -1);
    // `一、` + `、`, `……。` + `。`: one mark.
    if (after !== undefined && DOUBLE_AFTER.has(after) && value.endsWith(after)) value = value.slice(0, -1);
    // A list's trailing 、 before its closing bracket or the sentence end (`一、三、）`).
    else if (after !== undefined && '）)。；'.includes(after) && /[、，]$/.test(value)) value = value.slice(0, -1);
    out += value;
  }
  return out + template.slice(last);
}
