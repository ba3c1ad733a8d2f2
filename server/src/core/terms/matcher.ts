/**
 * One combined matcher for every known headword (an Aho–Corasick automaton): a block is
 * scanned once, whatever the number of terms. Built once per glossary set.
 */

export interface Match {
  /** Index of the pattern in the list the matcher was built from. */
  pattern: number;
  start: number;
  end: number;
}

export class TermMatcher {
  /** Transitions by UTF-16 code unit (numbers: no one-character strings on the hot path). */
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending at each node (own and through fail links), longest first. */
  private readonly out: number[][] = [[]];
  /** Code units that start some pattern: from the root, every other character is skipped at once. */
  private readonly starts = new Uint8Array(65536);

  constructor(readonly patterns: readonly string[]) {
    patterns.forEach((p, i) => {
      if (!p) return;
      let node = 0;
      for (let k = 0; k < p.length; k++) {
        const ch = p.charCodeAt(k);
        let n = this.next[node].get(ch);
        if (n === undefined) {
          n = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[node].set(ch, n);
        }
        node = n;
      }
      this.out[node].push(i);
      this.starts[p.charCodeAt(0)] = 1;
    });
    // Breadth-first fail links.
    const queue: number[] = [];
    for (const n of this.next[0].values()) queue.push(n);
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi];
      for (const [ch, child] of this.next[node]) {
        let f = this.fail[node];
        while (f !== 0 && !this.next[f].has(ch)) f = this.fail[f];
        const target = this.next[f].get(ch);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.out[child] = [...this.out[child], ...this.out[this.fail[child]]];
        queue.push(child);
      }
    }
  }

  /** Every match in `text` (overlapping ones included), in order of their end. */
  findAll(text: string): Match[] {
    const found: Match[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (node === 0 && this.starts[ch] === 0) continue;
      let n = this.next[node].get(ch);
      while (n === undefined && node !== 0) {
        node = this.fail[node];
        n = this.next[node].get(ch);
      }
      node = n ?? 0;
      if (node === 0) continue;
      const out = this.out[node];
      for (let k = 0; k < out.length; k++)
        found.push({ pattern: out[k], start: i + 1 - this.patterns[out[k]].length, end: i + 1 });
    }
    return found;
  }

  /** Leftmost-longest matches that do not overlap. */
  findLongest(text: string, accept: (m: Match) => boolean = () => true): Match[] {
    const all = this.findAll(text).filter(accept);
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Match[] = [];
    let pos = 0;
    for (const m of all) {
      if (m.start < pos) continue;
      out.push(m);
      pos = m.end;
    }
    return out;
  }
}
