/**
 * 数据一览: a webview listing every figure statement of a report, from the server's
 * `govreport.figures` command. Clicking a row reveals the statement in the editor.
 * All text is escaped; the page runs one inline script allowed by a nonce, nothing remote.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { formatMessage, Locale, resolveLocale } from '../../server/src/core/messages/catalogue';
import type { FigureRow } from '../../server/src/core/figures/table';
import { COLUMNS } from '../../server/src/core/figures/columns';

interface CommandResult {
  uri: string;
  rows: FigureRow[];
  message?: string;
}

let panel: vscode.WebviewPanel | undefined;
let panelUri: string | undefined;
let currentRows: FigureRow[] = [];

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

/** The page for a result: a table, one row per figure statement. */
export function renderFiguresHtml(
  result: CommandResult,
  locale: Locale,
  cspSource: string,
  scriptNonce = nonce(),
): string {
  const t = (k: Parameters<typeof formatMessage>[0], a = {}) => escapeHtml(formatMessage(k, a, locale));
  const head = COLUMNS.map((c) => `<th>${t(`figures.column.${c}` as Parameters<typeof formatMessage>[0])}</th>`).join(
    '',
  );
  const rows = result.rows
    .map((r, i) => {
      const classes = [
        r.verdict === 'mismatch' || r.verdict === 'copied' ? 'bad' : r.verdict === 'ok' ? 'ok' : '',
        r.checkable ? '' : 'unchecked',
      ].filter(Boolean);
      const cells = COLUMNS.map((c) => {
        // The computed growth is one figure; its rounding range and the tolerance are on hover.
        const title = c === 'computed' && r.computedNote ? ` title="${escapeHtml(r.computedNote)}"` : '';
        // Short values stay on one line; the indicator and the verdict may wrap.
        const cls =
          c === 'targetStatus' && r.targetVerdict
            ? ` class="target-${r.targetVerdict}"`
            : c === 'line'
              ? ' class="num"'
              : c === 'indicator' || c === 'status'
                ? ' class="wrap"'
                : '';
        return `<td${cls}${title}>${escapeHtml(String(r[c] ?? ''))}</td>`;
      }).join('');
      return `<tr data-row="${i}" tabindex="0"${classes.length ? ` class="${classes.join(' ')}"` : ''}>${cells}</tr>`;
    })
    .join('\n');
  const checked = result.rows.filter((r) => r.checkable).length;
  const rest = result.rows.length - checked;
  const intro = result.message
    ? `<p>${escapeHtml(result.message)}</p>`
    : result.rows.length === 0
      ? `<p>${t('figures.view.empty')}</p>`
      : rest > 0
        ? `<p>${t('figures.view.hintChecked', { count: result.rows.length, checked, rest })}</p><p><label><input type="checkbox" id="show-all"> ${t('figures.view.showAll')}</label></p>`
        : `<p>${t('figures.view.hint', { count: result.rows.length })}</p>`;
  return `<!DOCTYPE html>
<html lang="${locale === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline'; script-src 'nonce-${scriptNonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${t('figures.view.title')}</title>
<style>
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--vscode-panel-border); padding: 4px 8px; text-align: left; vertical-align: top; }
th { position: sticky; top: 0; background: var(--vscode-editor-background); white-space: nowrap; }
td { white-space: nowrap; }
td.wrap { white-space: normal; min-width: 8em; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td[title] { text-decoration: underline dotted; cursor: help; }
tr.unchecked { display: none; }
body.show-all tr.unchecked { display: table-row; }
td.target-missed { color: var(--vscode-errorForeground); font-weight: bold; }
td.target-met { color: var(--vscode-testing-iconPassed, inherit); }
tr[data-row] { cursor: pointer; }
tr[data-row]:hover, tr[data-row]:focus { background: var(--vscode-list-hoverBackground); outline: none; }
tr.bad td { color: var(--vscode-errorForeground); }
</style>
</head>
<body>
${intro}
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<script nonce="${scriptNonce}">
const vscode = acquireVsCodeApi();
const showAll = document.getElementById('show-all');
if (showAll) {
  showAll.checked = !!(vscode.getState() || {}).showAll;
  document.body.classList.toggle('show-all', showAll.checked);
  showAll.addEventListener('change', () => {
    document.body.classList.toggle('show-all', showAll.checked);
    vscode.setState({ showAll: showAll.checked });
  });
}
for (const tr of document.querySelectorAll('tr[data-row]')) {
  const go = () => vscode.postMessage({ type: 'reveal', row: Number(tr.dataset.row) });
  tr.addEventListener('click', go);
  tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') go(); });
}
</script>
</body>
</html>`;
}

/** Opens (or refreshes) the 数据一览 panel for a document. */
export async function showFiguresTable(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  uri: vscode.Uri | string,
  locale: Locale = resolveLocale(vscode.env.language),
): Promise<void> {
  const target = typeof uri === 'string' ? uri : uri.toString();
  let result: CommandResult;
  try {
    result = ((await client.sendRequest('workspace/executeCommand', {
      command: 'govreport.figures',
      arguments: [target],
    })) as CommandResult | null) ?? {
      uri: target,
      rows: [],
    };
  } catch (err) {
    void vscode.window.showErrorMessage(
      formatMessage('client.figuresFailed', { error: err instanceof Error ? err.message : String(err) }, locale),
    );
    return;
  }
  if (!panel) {
    // A wide table: opened under the report, across the whole window, not in a narrow side column.
    panel = vscode.window.createWebviewPanel(
      'govreport.figures',
      formatMessage('figures.view.title', {}, locale),
      vscode.ViewColumn.Active,
      {
        enableScripts: true,
        localResourceRoots: [],
      },
    );
    await vscode.commands.executeCommand('workbench.action.moveEditorToBelowGroup');
    panel.onDidDispose(() => (panel = undefined), undefined, context.subscriptions);
    panel.webview.onDidReceiveMessage(
      async (msg: { type?: string; row?: number }) => {
        if (msg?.type !== 'reveal' || typeof msg.row !== 'number' || !panelUri) return;
        const row = currentRows[msg.row];
        if (!row) return;
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(panelUri));
        const range = new vscode.Range(
          row.range.startLine,
          row.range.startCharacter,
          row.range.endLine,
          row.range.endCharacter,
        );
        const editor = await vscode.window.showTextDocument(doc, {
          viewColumn: vscode.ViewColumn.One,
          selection: range,
        });
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      },
      undefined,
      context.subscriptions,
    );
  }
  panelUri = target;
  currentRows = result.rows;
  panel.webview.html = renderFiguresHtml(result, locale, panel.webview.cspSource);
  panel.reveal(undefined, true);
}
