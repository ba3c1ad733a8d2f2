/** Language server entry: IPC for VS Code (`--node-ipc`), `--stdio` for every other client. */
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server-main';

// Each edit of a long report leaves a few megabytes of garbage (the new text, the messages
// sent) while the live heap stays near 25 MB. V8 lets the heap grow to up to four times the
// live size between full collections, which took the server past 270 MB on a 1 MB report;
// growing by at most twice keeps it near 150 MB at no measurable cost in CPU (npm run bench).
setFlagsFromString('--heap-growing-percent=100');

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err.stack ?? err}`));
process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${String(err)}`));
startServer(connection);
