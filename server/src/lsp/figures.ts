/**
 * Figures in the editor: hover on a figure shows what the tool understood (indicator,
 * period, value, change, last year's value and target, computed growth, verdict), and the
 * `govreport.figures` command returns the 数据一览 rows for the client's webview.
 */
import { MarkupKind } from 'vscode-languageserver';
import type { Feature } from './host';
import { figureAt, figureRows, hoverMarkdown, FigureRow } from '../core/figures/table';
import { formatMessage } from '../core/messages/catalogue';

export const FIGURES_COMMAND = 'govreport.figures';

export interface FiguresCommandResult {
  uri: string;
  rows: FigureRow[];
  /** Set when there is nothing to list (no such open document). */
  message?: string;
}

export const figuresFeature: Feature = {
  capabilities: { executeCommandProvider: { commands: [FIGURES_COMMAND] } },
  register(host) {
    host.addHoverProvider((params, textDoc) => {
      const result = host.result(textDoc);
      const doc = result.doc;
      if (!doc) return undefined;
      const offset = doc.lines.offsetAt(params.position);
      const item = figureAt(doc, host.env(), offset);
      if (!item) return undefined;
      return {
        contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(doc, host.env(), item, host.locale()) },
        range: doc.range(item.figure.start, item.figure.end),
      };
    });
    host.addCommand(FIGURES_COMMAND, (args): FiguresCommandResult => {
      const uri = typeof args[0] === 'string' ? args[0] : (args[0] as { uri?: unknown } | undefined)?.uri;
      const textDoc = typeof uri === 'string' ? host.documents.get(uri) : undefined;
      if (!textDoc || typeof uri !== 'string') {
        return {
          uri: String(uri ?? ''),
          rows: [],
          message: formatMessage('figures.command.noDocument', {}, host.locale()),
        };
      }
      const doc = host.result(textDoc).doc;
      return { uri, rows: doc ? figureRows(doc, host.env(), host.locale()) : [] };
    });
  },
};
