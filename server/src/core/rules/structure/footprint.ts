/** Footprints of the structure rules (see Rule.footprint). */
import type { EditWindow } from '../types';
import { isPlain, markersOf } from '../../outline/outline';

/**
 * For the outline rules: everything the outline reads from some paragraphs (see markersOf).
 * Plain paragraphs (see isPlain) make no node: how plain text is divided into paragraphs does
 * not matter.
 */
export function outlineFootprint(w: EditWindow): string {
  return w.memo('outline', () => w.paragraphs.map((p) => (isPlain(p) ? '' : markersOf(p))).join(''));
}
