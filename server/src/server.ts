/** Language server entry: IPC for VS Code (`--node-ipc`), `--stdio` for every other client. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server-main';

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err.stack ?? err}`));
process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${String(err)}`));
startServer(connection);
