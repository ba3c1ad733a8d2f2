/** textDocument/hover: each feature answers for what it knows (a term, a figure); the answers are joined. */
import { Connection, Hover, MarkupKind, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerHost } from './host';

type Provider = Parameters<ServerHost['addHoverProvider']>[0];

export class HoverProviders {
  private readonly providers: Provider[] = [];

  add(provider: Provider): void {
    this.providers.push(provider);
  }

  listen(connection: Connection, documents: TextDocuments<TextDocument>, log: (m: string) => void): void {
    connection.onHover((params) => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const parts: Hover[] = [];
      for (const provider of this.providers) {
        try {
          const h = provider(params, doc);
          if (h) parts.push(h);
        } catch (err) {
          log(`hover failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        }
      }
      if (parts.length === 0) return null;
      if (parts.length === 1) return parts[0];
      const value = parts
        .map((h) => (typeof h.contents === 'object' && 'kind' in h.contents ? h.contents.value : ''))
        .join('\n\n---\n\n');
      return { contents: { kind: MarkupKind.Markdown, value }, range: parts[0].range };
    });
  }
}
