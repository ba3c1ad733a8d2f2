// Bundles the VS Code client, the language server and the CLI into dist/.
import * as esbuild from 'esbuild';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  // remark's dependency tree is ESM; bundling it as CJS is fine for node.
  mainFields: ['module', 'main'],
};

/**
 * Packages the server needs only for Word and PDF files: imported dynamically in the source,
 * each bundled on its own into dist/vendor/ and required from there on first use, so the
 * server and the CLI do not parse 4.5 MB of code they may never run.
 */
const LAZY = {
  mammoth: 'mammoth',
  docx: 'docx',
  'pdfjs-dist/legacy/build/pdf.mjs': 'pdfjs',
  'pdfjs-dist/legacy/build/pdf.worker.mjs': 'pdfjs-worker',
};
const lazyVendor = {
  name: 'lazy-vendor',
  setup(build) {
    const filter = new RegExp(
      `^(${Object.keys(LAZY)
        .map((k) => k.replace(/[./]/g, '\\$&'))
        .join('|')})$`,
    );
    build.onResolve({ filter }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      return { path: `./vendor/${LAZY[args.path]}.js`, external: true };
    });
  },
};
// The bundles are CommonJS: dynamic imports of the vendor files become require().
const lazyOptions = { plugins: [lazyVendor], supported: { 'dynamic-import': false } };
const vendor = Object.entries(LAZY).map(([spec, name]) => ({
  stdin: { contents: `module.exports = require(${JSON.stringify(spec)});`, resolveDir: '.', loader: 'js' },
  outfile: `dist/vendor/${name}.js`,
}));

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', ...lazyOptions },
  {
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    ...lazyOptions,
  },
  ...vendor,
];

// pdf.js' character maps (Chinese PDFs without ToUnicode tables), read from dist/ at run time.
cpSync('node_modules/pdfjs-dist/cmaps', 'dist/pdfjs/cmaps', { recursive: true });

/**
 * The shipped bundles in ASCII: esbuild escapes non-ASCII characters in strings but not in
 * regular expressions, and one such character makes V8 keep the whole source (kept in memory
 * for lazy compilation) as two bytes a character. `\uXXXX` means the same in strings, regular
 * expressions, templates and identifiers (and nothing in comments); an identity escape of a
 * non-ASCII character (`\“`) is the character itself, so its backslash goes.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const out = text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return kept + '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
  });
  if (out !== text) writeFileSync(file, out);
}

const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (production) for (const e of entries) asciiOnly(e.outfile);
}
