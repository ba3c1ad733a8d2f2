/** 修复所有可自动修复的问题: one source action with every safe fix of the current result. */
import { CodeActionKind } from 'vscode-languageserver';
import { safeFixEdits } from '../../core/fixes';
import { formatMessage } from '../../core/messages/catalogue';
import type { CodeActionProvider } from './provider';
import { toLspEdit } from '../../protocol/convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.govreport`;

export const fixAll: CodeActionProvider = {
  kind: FIX_ALL_KIND,
  provide(_params, doc, host) {
    const result = host.result(doc);
    const edits = host.wanted(doc, result) ? safeFixEdits(result.findings) : [];
    if (edits.length === 0 || !result.doc) return [];
    const lines = result.doc.lines;
    return [
      {
        title: formatMessage('general.fixAll', {}, host.locale()),
        kind: FIX_ALL_KIND,
        edit: { changes: { [doc.uri]: edits.map((e) => toLspEdit(lines, e)) } },
      },
    ];
  },
};
