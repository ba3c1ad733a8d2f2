import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkCjkFriendly from 'remark-cjk-friendly';
const a = unified().use(remarkParse);
const b = unified().use(remarkParse).use(remarkCjkFriendly);
const repeat = (s: string, chars: number) => s.repeat(Math.ceil(chars / s.length)).slice(0, chars);
for (const n of [16000, 32000, 64000]) {
  const t1 = repeat('**_*`~[', n);
  let t = Date.now(); a.parse(t1); const ta = Date.now() - t;
  t = Date.now(); b.parse(t1); const tb = Date.now() - t;
  console.log('soup', n, 'remark', ta, 'cjk', tb);
}
const nested = Array.from({ length: 500 }, (_, i) => ' '.repeat(i * 2) + '- 一是内容').join('\n');
let t = Date.now(); a.parse(nested); console.log('nested remark', Date.now() - t);
