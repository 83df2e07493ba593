// One object owns the sidecar's lifecycle (rust-analyzer style): start, stop, restart, the language
// client, and the disposables that die with the server. Features ask it for requests and notifications.
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import { DidChangeConfigurationNotification, State, type LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient';
import { resolveDotnet } from './dotnetLocator';
import { resolveServerPath } from './serverPath';
import { RestartPolicy, defaultRestartPolicy } from './restartPolicy';
import { requiredMajor } from './dotnetRuntimes';
import type { PrepCodeRequests } from './protocol';
import { serverPathSetting, serverSettings } from '../infrastructure/configuration';

type Handler = (params: unknown) => void;

export class ServerContext implements vscode.Disposable {
  private client: LanguageClient | undefined;
  /** Die with the current server: file watchers, notification handlers, state listeners. */
  private serverDisposables: vscode.Disposable[] = [];
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly policy = new RestartPolicy({ ...defaultRestartPolicy, now: () => Date.now() });
  private readonly readyEmitter = new vscode.EventEmitter<void>();
  private readonly stoppedEmitter = new vscode.EventEmitter<void>();
  private readonly downEmitter = new vscode.EventEmitter<string>();
  private starting: Promise<void> | undefined;
  /** Fires each time a server is up and initialized, including after an automatic restart. */
  readonly onDidBecomeReady = this.readyEmitter.event;
  readonly onDidStop = this.stoppedEmitter.event;
  /** Fires (with the reason) when no server runs and none will without the user: it could not start (no .NET, no
   * server assembly, a failed start) or it crashed too often. A stop before an automatic restart does not fire it. */
  readonly onDidGoDown = this.downEmitter.event;
  /** The review flow, run when a code lens asks for prepcode.reviewItem. */
  reviewItem: (itemId: string) => Promise<unknown> = async () => undefined;
  /** The Mark complete flow, run when a code lens asks for prepcode.completeTopic. */
  completeTopic: (itemId: string) => Promise<unknown> = async () => undefined;

  constructor(private readonly extension: vscode.ExtensionContext, readonly log: vscode.LogOutputChannel) {}

  get isRunning(): boolean {
    return this.client?.state === State.Running;
  }

  start(): Promise<void> {
    this.starting ??= this.doStart().finally(() => { this.starting = undefined; });
    return this.starting;
  }

  private async doStart(): Promise<void> {
    if (this.client) return;
    const location = resolveServerPath(serverPathSetting(), process.env, this.extension.extensionPath);
    if (!fs.existsSync(location.path)) {
      const msg = `PrepCode server not found at ${location.path} (from the ${location.source} location). ` +
        'Build it with "npm run build:server" or set "prepcode.server.path".';
      this.log.error(msg);
      void vscode.window.showErrorMessage(msg);
      this.downEmitter.fire(msg);
      return;
    }
    const dotnet = await resolveDotnet(this.log, this.extension.extension.id);
    if (!dotnet) {
      this.downEmitter.fire(`no .NET ${requiredMajor} runtime`);
      return;
    }
    this.log.info(`starting ${dotnet} ${location.path} (${location.source})`);
    const fileEvents = [
      vscode.workspace.createFileSystemWatcher('**/*.md'),
      vscode.workspace.createFileSystemWatcher('**/curriculum.yaml'),
    ];
    const client = createLanguageClient({
      dotnet, serverDll: location.path, settings: serverSettings, output: this.log, fileEvents,
      onServerClosed: () => this.onServerClosed(),
      reviewItem: id => this.reviewItem(id),
      completeTopic: id => this.completeTopic(id),
    });
    this.client = client;
    this.serverDisposables.push(...fileEvents, client.onDidChangeState(e => {
      if (e.newState === State.Running) this.readyEmitter.fire();
      if (e.newState === State.Stopped) this.stoppedEmitter.fire();
    }));
    for (const method of this.handlers.keys()) this.listen(client, method);
    try {
      await client.start();
      this.log.info('server started');
    } catch (error) {
      this.log.error('server failed to start', error);
      this.downEmitter.fire(`failed to start: ${String(error)}`);
      void vscode.window.showErrorMessage(`PrepCode server failed to start: ${String(error)}`, 'Show Output')
        .then(c => c && this.log.show());
    }
  }

  async stop(): Promise<void> {
    await this.starting;
    const client = this.client;
    this.client = undefined;
    for (const d of this.serverDisposables.splice(0)) d.dispose();
    if (client) {
      try {
        if (client.state === State.Running) await client.stop(5_000);
      } catch (error) {
        this.log.warn('server did not stop cleanly', error);
      } finally {
        await client.dispose().catch(() => undefined);
        this.stoppedEmitter.fire();
      }
    }
  }

  /** A restart by hand: a new process, the crash counter forgotten. */
  async restart(): Promise<void> {
    this.policy.reset();
    await this.stop();
    await this.start();
  }

  private onServerClosed(): boolean {
    if (this.policy.shouldRestart()) {
      this.log.warn(`server process ended unexpectedly; restarting (${this.policy.recentRestarts} of 3 in 3 minutes)`);
      return true;
    }
    const msg = 'The PrepCode server stopped 4 times in 3 minutes and will not be restarted automatically.';
    this.log.error(msg);
    this.downEmitter.fire(msg);
    void vscode.window.showErrorMessage(msg, 'Restart', 'Show Output').then(choice => {
      if (choice === 'Restart') void vscode.commands.executeCommand('prepcode.restartServer');
      if (choice === 'Show Output') this.log.show();
    });
    return false;
  }

  /** The client keeps one handler per method (also across its own restarts): it fans out to ours. */
  private listen(client: LanguageClient, method: string): void {
    this.serverDisposables.push(client.onNotification(method, (params: unknown) => {
      for (const handler of this.handlers.get(method) ?? []) {
        try { handler(params); } catch (error) { this.log.error(`${method} handler failed`, error); }
      }
    }));
  }

  /** Registers a handler for a server notification, on this server and every later one. */
  onNotification<P>(method: string, handler: (params: P) => void): vscode.Disposable {
    let set = this.handlers.get(method);
    if (!set) {
      this.handlers.set(method, set = new Set());
      if (this.client) this.listen(this.client, method);
    }
    set.add(handler as Handler);
    return new vscode.Disposable(() => set.delete(handler as Handler));
  }

  async request<M extends keyof PrepCodeRequests>(method: M, params: PrepCodeRequests[M][0],
    token?: vscode.CancellationToken): Promise<PrepCodeRequests[M][1]> {
    if (!this.client && !this.starting) await this.start();
    await this.starting;
    const client = this.client;
    if (!client) throw new Error('The PrepCode server is not running');
    if (client.state === State.Starting) await new Promise<void>(resolve => {
      const d = client.onDidChangeState(e => { if (e.newState !== State.Starting) { d.dispose(); resolve(); } });
    });
    if (client.state !== State.Running) throw new Error('The PrepCode server is not running');
    // An undefined token must not be passed: vscode-jsonrpc would send it as a second parameter.
    const result = token ? client.sendRequest(method, params, token) : client.sendRequest(method, params);
    return result as Promise<PrepCodeRequests[M][1]>;
  }

  /**
   * Runs a request made in the background (a view's refresh): when it fails because the server went away meanwhile,
   * that is logged, not shown; the server's restart or its "not running" message tells the user what happened.
   */
  async unlessStopped<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      if (this.isRunning) throw error;
      this.log.warn(`${what}: the server stopped meanwhile (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
  }

  /** Sends the whole settings object again (workspace/didChangeConfiguration, settings.prepcode). */
  async sendConfiguration(): Promise<void> {
    if (!this.isRunning || !this.client) return;
    await this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: { prepcode: serverSettings() } });
  }

  dispose(): void {
    void this.stop();
    this.readyEmitter.dispose();
    this.stoppedEmitter.dispose();
    this.downEmitter.dispose();
  }
}
