/**
 * Numbering markup: how a numbered line is written (heading depth or paragraph, bold extent)
 * and the majority style of a level. Read by structure/numbering-style and by the template.
 */
import type { OutlineNode } from '../outline/outline';
import { boldStyle, Marker } from '../outline/markers';

/** Markup of a numbered line: `h2:none`, `p:all`… (heading depth or paragraph, bold extent). */
export function markupOf(n: OutlineNode): string {
  const kind = n.block.kind === 'heading' ? `h${n.block.depth}` : 'p';
  if (!n.marker) return `${kind}:none`;
  // Markers live with their block's content (see blockMarkers), and so does its markup.
  let style = markupByMarker.get(n.marker);
  if (style === undefined) markupByMarker.set(n.marker, (style = `${kind}:${boldStyle(n.block, n.marker)}`));
  return style;
}

/**
 * Markup by marker object: a per-block fact in effect (markers are memoised on their block's
 * content, see blockMarkers), keyed by marker because a block may hold several.
 */
const markupByMarker = new WeakMap<Marker, string>();

/**
 * The style most of a level's lines have. With a tie the fallback (the template's style)
 * decides when it is among them; with a single line, one style, or an undecided tie: none
 * when `decided` is asked for (a level of one style has no deviants), else the top style.
 */
export function majorityStyle(styles: readonly string[], fallback?: string, decided = true): string | undefined {
  const counts = new Map<string, number>();
  for (const s of styles) counts.set(s, (counts.get(s) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!decided) return sorted[0]?.[0];
  if (styles.length < 2 || counts.size < 2) return undefined;
  if (sorted[0][1] === sorted[1][1]) return fallback && counts.has(fallback) ? fallback : undefined;
  return sorted[0][0];
}

/**
 * Calls `deviant` for every node whose style differs from the majority. With a tie the
 * template's style decides; with neither, nothing is reported.
 */
export function forDeviants(
  list: OutlineNode[],
  styleOf: (n: OutlineNode) => string,
  fallback: string | undefined,
  deviant: (n: OutlineNode, style: string, major: string) => void,
): void {
  const styles = list.map(styleOf);
  const major = majorityStyle(styles, fallback);
  if (!major) return;
  list.forEach((n, i) => {
    if (styles[i] !== major) deviant(n, styles[i], major);
  });
}
