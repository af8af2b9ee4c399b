/**
 * Bundle entry (dist/server/server.js). The transport comes from the command line, as clients pass
 * it: `--stdio`, `--node-ipc` or `--socket=N`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
