/**
 * Terms in the editor: hover (definition and its source), go to definition (term → note),
 * references (note → every use), completion after `“`, and the command
 * `govreport.annotate` (生成/更新相关注释) applied with one workspace/applyEdit.
 * The helpers below are protocol-light and pure, for the tests.
 */
import { CompletionItem, CompletionItemKind, Hover, Location, MarkupKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckEnvironment } from '../core/environment';
import { formatIn, formatMessage, type ArgsParam, type Locale, type MessageKey } from '../core/messages/catalogue';
import type { ReportDocument } from '../core/model/document';
import { annotate, annotateMessage } from '../core/annotate';
import { analyzeTerms, TermsAnalysis, useAt } from '../core/terms/analysis';
import type { TermUse } from '../core/terms/uses';
import type { SelectOptions } from '../core/terms/select';
import type { GlossaryEntry } from '../core/terms/types';
import termsUndefined, { fileName } from '../core/rules/terms/undefined';
import { toLspEdit } from '../protocol/convert';
import { ADD_TO_GLOSSARY } from './extra-actions';
import type { Feature, ServerHost } from './host';

export const ANNOTATE_COMMAND = 'govreport.annotate';

/** Where an entry comes from, as shown to the user. */
export function sourceLabel(e: GlossaryEntry, locale: Locale): string {
  const t = <K extends MessageKey>(k: K, ...a: ArgsParam<K>) => formatIn(locale, k, ...a);
  switch (e.source.kind) {
    case 'document':
      return t('terms.hover.source.document', { number: e.source.note ?? '' });
    case 'glossary':
      return e.source.note !== undefined
        ? t('terms.hover.source.glossaryNote', { file: fileName(e.source.path), note: e.source.note })
        : t('terms.hover.source.glossary', { file: fileName(e.source.path) });
    case 'seed':
      return t('terms.hover.source.seed', { note: e.source.note ?? '' });
    default:
      return t('terms.hover.source.national');
  }
}

function validity(entries: readonly GlossaryEntry[], locale: Locale): string | undefined {
  const e = entries.find((x) => x.validFrom !== undefined);
  if (!e) return undefined;
  return e.validTo !== undefined
    ? formatMessage('terms.hover.validity', { from: e.validFrom!, to: e.validTo }, locale)
    : formatMessage('terms.hover.validFrom', { from: e.validFrom! }, locale);
}

/** Hover text (Markdown) for the term at a source offset, if any. */
export function termHover(
  doc: ReportDocument,
  env: CheckEnvironment,
  offset: number,
  locale: Locale,
  /** Command links the client runs (VS Code): a term without definition offers them. */
  links?: { glossary: string; annotate: string },
): { markdown: string; use: TermUse } | undefined {
  const a = analyzeTerms(doc, env);
  const use = useAt(a, offset);
  if (!use) return undefined;
  const lines: string[] = [`**“${use.term}”**`];
  const entries = a.lookup(use.term);
  const note = a.noteOf(use.term);
  const best = entries[0];
  // A term only quoted inside a note (“三人小组” in note 10) shows that note's text.
  const mention = note || best ? undefined : a.mentionedIn(use.term);
  if (mention) {
    lines.push(
      mention.definition,
      `*${formatMessage('terms.hover.source.mention', { number: mention.number }, locale)}*`,
    );
  } else if (best) {
    const meta = [formatMessage('terms.hover.source', { source: sourceLabel(best, locale) }, locale)];
    const valid = validity(entries, locale);
    if (valid) meta.push(valid);
    lines.push(best.definition, `*${meta.join(' · ')}*`);
    if (!note && best.scope === 'local' && best.source.kind !== 'document')
      lines.push(formatMessage('terms.hover.noNote', {}, locale));
  } else if (use.kind === 'shorthand' || use.kind === 'pattern') {
    if (a.inPlace.has(use.term)) return undefined;
    // The problem itself is the diagnostic's (shown in the same hover): here, once, what to do.
    lines.push(
      links
        ? formatMessage(
            'terms.hover.undefinedShort',
            { glossaryLink: links.glossary, annotateLink: links.annotate },
            locale,
          )
        : formatMessage('terms.hover.undefinedPlain', {}, locale),
    );
  } else return undefined;
  return { markdown: lines.join('\n\n'), use };
}

/** A `command:` link for a hover (the client trusts only the commands it lists). */
function commandLink(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** Source range of the note (or the note passage) that defines the term at `offset`. */
export function termDefinition(a: TermsAnalysis, offset: number): { start: number; end: number } | undefined {
  const use = useAt(a, offset);
  if (!use) return undefined;
  const note = a.noteOf(use.term);
  if (note) {
    const h = note.headwords.find((x) => x.term === use.term) ?? note.headwords[0];
    return { start: h.start, end: h.end };
  }
  const m = a.mentionedIn(use.term)?.mentions.find((x) => x.term === use.term);
  return m ? { start: m.start, end: m.end } : undefined;
}

/** Every body use of the term at `offset` (and its note headword when asked). */
export function termReferences(
  a: TermsAnalysis,
  offset: number,
  includeDeclaration: boolean,
): Array<{ start: number; end: number }> {
  const use = useAt(a, offset);
  if (!use) return [];
  const out = a.uses.filter((u) => u.term === use.term).map((u) => ({ start: u.start, end: u.end }));
  const h = a.noteOf(use.term)?.headwords.find((x) => x.term === use.term);
  if (includeDeclaration && h) out.unshift({ start: h.start, end: h.end });
  return out;
}

/** Known terms to complete after `“`: this document's notes first, then the glossaries. */
export function termCompletions(
  a: TermsAnalysis,
  locale: Locale,
): Array<{ term: string; entry: GlossaryEntry; detail: string }> {
  const seen = new Set<string>();
  const out: Array<{ term: string; entry: GlossaryEntry; detail: string }> = [];
  for (const e of [...a.docEntries, ...a.terms.entries]) {
    for (const term of [e.term, ...e.aliases]) {
      if (seen.has(term)) continue;
      seen.add(term);
      out.push({ term, entry: e, detail: sourceLabel(e, locale) });
    }
  }
  return out;
}

/** The terms/undefined options in force (settings, .govreportrc.json, nationalTerms), as its diagnostics use them. */
function annotateOptions(host: ServerHost): SelectOptions {
  return (host.rules().find((r) => r.rule.id === termsUndefined.id)?.options as SelectOptions | undefined) ?? {};
}

const TRIGGER = '“';

export const termsFeature: Feature = {
  capabilities: {
    definitionProvider: true,
    referencesProvider: true,
    completionProvider: { triggerCharacters: [TRIGGER] },
    executeCommandProvider: { commands: [ANNOTATE_COMMAND] },
  },
  register(host) {
    const { connection, documents } = host;
    const analysisOf = (doc: TextDocument) => {
      const r = host.result(doc);
      return r.doc ? { rd: r.doc, a: analyzeTerms(r.doc, host.env()) } : undefined;
    };

    host.addHoverProvider((params, doc) => {
      const r = host.result(doc);
      if (!r.doc) return undefined;
      const links = (term: string) =>
        host.clientCommands().includes(ADD_TO_GLOSSARY)
          ? {
              glossary: commandLink(ADD_TO_GLOSSARY, [term, doc.uri]),
              annotate: commandLink('govreport.annotate', [doc.uri]),
            }
          : undefined;
      const offset = r.doc.lines.offsetAt(params.position);
      const h = termHover(
        r.doc,
        host.env(),
        offset,
        host.locale(),
        links(useAt(analyzeTerms(r.doc, host.env()), offset)?.term ?? ''),
      );
      if (!h) return undefined;
      const hover: Hover = {
        contents: { kind: MarkupKind.Markdown, value: h.markdown },
        range: r.doc.range(h.use.start, h.use.end),
      };
      return hover;
    });

    connection.onDefinition((params) => {
      const doc = documents.get(params.textDocument.uri);
      const x = doc && analysisOf(doc);
      if (!x) return null;
      const d = termDefinition(x.a, x.rd.lines.offsetAt(params.position));
      return d ? Location.create(params.textDocument.uri, x.rd.range(d.start, d.end)) : null;
    });

    connection.onReferences((params) => {
      const doc = documents.get(params.textDocument.uri);
      const x = doc && analysisOf(doc);
      if (!x) return [];
      return termReferences(x.a, x.rd.lines.offsetAt(params.position), params.context.includeDeclaration).map((r) =>
        Location.create(params.textDocument.uri, x.rd.range(r.start, r.end)),
      );
    });

    connection.onCompletion((params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const text = doc.getText();
      const offset = doc.offsetAt(params.position);
      // The prefix typed since the last opening quote on this line (at most 10 characters).
      const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      const open = text.lastIndexOf(TRIGGER, offset - 1);
      if (open < lineStart || offset - open - 1 > 10 || /[”\n]/.test(text.slice(open + 1, offset))) return [];
      const x = analysisOf(doc);
      if (!x) return [];
      const prefix = text.slice(open + 1, offset);
      const closed = text[offset] === '”';
      const range = { start: doc.positionAt(open + 1), end: params.position };
      const items: CompletionItem[] = termCompletions(x.a, host.locale())
        .filter((c) => c.term.startsWith(prefix) || prefix === '')
        .map((c, i) => ({
          label: c.term,
          kind: CompletionItemKind.Text,
          detail: c.detail,
          documentation: { kind: MarkupKind.Markdown, value: c.entry.definition },
          sortText: String(i).padStart(4, '0'),
          filterText: c.term,
          textEdit: { range, newText: closed ? c.term : `${c.term}”` },
        }));
      return items;
    });

    host.addCommand(ANNOTATE_COMMAND, async (args) => {
      const locale = host.locale();
      const uri = typeof args[0] === 'string' ? args[0] : (args[0] as { uri?: string } | undefined)?.uri;
      const doc = uri ? documents.get(uri) : undefined;
      if (!uri || !doc) return formatMessage('terms.annotate.noDocument', { uri: uri ?? '' }, locale);
      const r = host.result(doc);
      if (!r.doc) return formatMessage('terms.annotate.notChecked', {}, locale);
      const { edits, summary } = annotate(r.doc, host.env(), annotateOptions(host));
      if (edits.length > 0) {
        const lines = r.doc.lines;
        const applied = await connection.workspace.applyEdit({
          label: formatMessage('terms.annotate.label', {}, locale),
          edit: { changes: { [uri]: edits.map((e) => toLspEdit(lines, e)) } },
        });
        if (!applied.applied) return formatMessage('terms.annotate.rejected', {}, locale);
      }
      return annotateMessage(summary, locale);
    });
  },
};
