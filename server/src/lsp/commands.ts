/** workspace/executeCommand: the features' commands, by name. */
import type { Connection } from 'vscode-languageserver';
import type { ServerHost } from './host';

type Handler = Parameters<ServerHost['addCommand']>[1];

export class Commands {
  private readonly handlers = new Map<string, Handler>();

  add(name: string, handler: Handler): void {
    this.handlers.set(name, handler);
  }

  listen(connection: Connection): void {
    connection.onExecuteCommand(async (params) => {
      const handler = this.handlers.get(params.command);
      if (!handler) return null;
      return handler(params.arguments ?? []);
    });
  }
}
