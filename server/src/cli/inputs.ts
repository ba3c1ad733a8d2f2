/** CLI inputs: files, folders (searched for .md/.txt) and globs (`reports/**\/*.md`). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.vscode-test']);
const REPORT_EXT = /\.(md|markdown|txt)$/i;

export interface Input {
  path: string;
  /** Named explicitly (always checked) or found in a folder or by a glob (checked if it looks like a report). */
  explicit: boolean;
}

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (SKIP_DIRS.has(name) || name.startsWith('.')) continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, out);
    else if (REPORT_EXT.test(name)) out.push(p);
  }
}

/** `*` within a name, `**` across folders, `?` one character, `{a,b}` alternatives. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close === -1) re += '\\{';
      else {
        re +=
          '(?:' +
          glob
            .slice(i + 1, close)
            .split(',')
            .map(escape)
            .join('|') +
          ')';
        i = close;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

function escape(s: string): string {
  return s.replace(/[.+^$()|[\]\\]/g, '\\$&');
}

export function expandInputs(args: readonly string[]): Input[] {
  const out: Input[] = [];
  const seen = new Set<string>();
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    out.push({ path, explicit });
  };
  for (const arg of args) {
    if (/[*?{]/.test(arg) && !existsSync(arg)) {
      const parts = arg.split('/');
      const firstGlob = parts.findIndex((p) => /[*?{]/.test(p));
      const base = parts.slice(0, firstGlob).join('/') || '.';
      const re = globToRegExp(arg.startsWith('./') ? arg.slice(2) : arg);
      const files: string[] = [];
      walk(base, files);
      const matched = files.filter(
        (f) => re.test(relative('.', f).split(sep).join('/')) || re.test(f.split(sep).join('/')),
      );
      if (matched.length === 0) add(arg, true); // reported as missing
      for (const f of matched) add(f, false);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      // missing: reported when read
    }
    if (isDir) {
      const files: string[] = [];
      walk(arg, files);
      for (const f of files) add(f, false);
    } else add(arg, true);
  }
  return out;
}
