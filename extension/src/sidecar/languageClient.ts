// Builds the vscode-languageclient client for the sidecar: `dotnet PrepCode.Server.dll` over stdio,
// Markdown documents, file events for notes and curricula, settings as initializationOptions.
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, RevealOutputChannelOn, TransportKind,
  type ErrorHandler, type LanguageClientOptions, type Middleware, type ServerOptions,
} from 'vscode-languageclient/node';
import type { PrepCodeSettings } from './protocol';
import { ServerCommands } from './protocol';
import { CheckCommands } from './protocol.checks';
import { serverOutputChannel } from './serverLog';

export interface ClientParts {
  dotnet: string;
  serverDll: string;
  settings: () => PrepCodeSettings;
  output: vscode.LogOutputChannel;
  /** Watchers for Markdown notes and curriculum.yaml files; their owner disposes them with the server. */
  fileEvents: vscode.FileSystemWatcher[];
  /** Called when the server process ended unexpectedly; true = restart it. */
  onServerClosed: () => boolean;
  /** Runs VS Code's own review flow for a code lens' prepcode.reviewItem. */
  reviewItem: (itemId: string) => Promise<unknown>;
  /** Asks difficulty and note for a code lens' prepcode.completeTopic [itemId]. */
  completeTopic: (itemId: string) => Promise<unknown>;
}

function errorHandler(parts: ClientParts): ErrorHandler {
  return {
    error: (_error, _message, count) => ({
      action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true,
    }),
    closed: () => ({ action: parts.onServerClosed() ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true }),
  };
}

function middleware(parts: ClientParts): Middleware {
  return {
    // VS Code gets the rich review flow; other LSP editors use the server's fallback for this command.
    executeCommand: (command, args, next) =>
      command === ServerCommands.reviewItem && typeof args[0] === 'string' ? parts.reviewItem(args[0])
        : command === CheckCommands.completeTopic && args.length === 1 && typeof args[0] === 'string' ? parts.completeTopic(args[0])
          : next(command, args),
    workspace: {
      // Answer a pull of the `prepcode` section with the same shape initializationOptions has.
      configuration: (params, token, next) => {
        if (!params.items.some(i => i.section === 'prepcode')) return next(params, token);
        return params.items.map(i => (i.section === 'prepcode' ? parts.settings() : null));
      },
    },
  };
}

export function createLanguageClient(parts: ClientParts): LanguageClient {
  if (parts.serverDll.match(/\.c?js$/)) {
    // A JavaScript stand-in (tests, demos): run with VS Code's own Node, same stdio protocol.
    const module = { module: parts.serverDll, transport: TransportKind.stdio };
    return new LanguageClient('prepcode', 'PrepCode', { run: module, debug: module }, clientOptions(parts));
  }
  const executable = {
    command: parts.dotnet,
    args: [parts.serverDll],
    transport: TransportKind.stdio,
    options: { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } },
  };
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  return new LanguageClient('prepcode', 'PrepCode', serverOptions, clientOptions(parts));
}

function clientOptions(parts: ClientParts): LanguageClientOptions {
  return {
    documentSelector: [{ scheme: 'file', language: 'markdown' }, { scheme: 'untitled', language: 'markdown' }],
    synchronize: { fileEvents: parts.fileEvents },
    initializationOptions: () => parts.settings(),
    outputChannel: serverOutputChannel(parts.output),
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: errorHandler(parts),
    middleware: middleware(parts),
  };
}
