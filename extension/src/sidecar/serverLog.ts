// The server's stderr in the PrepCode log. The sidecar writes "HH:mm:ss.fff [level] message" lines
// (src/PrepCode.Server/Hosting/Log.cs) and vscode-languageclient writes "[Error - 8:44:13 PM] message"; the log channel
// adds its own time, so each line is logged at its own level, without that prefix (the Output view can filter by level).
import type * as vscode from 'vscode';

export type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error';

const serverLine = /^\d{2}:\d{2}:\d{2}\.\d{3} \[(trace|debug|info|warn|error)\] ?(.*)$/s;
const clientLine = /^\[(Trace|Debug|Info|Warn|Error)\s+- [^\]]*\] ?(.*)$/s;

/** The level and message of one line; a line in neither format is info, as it is. */
export function parseServerLine(line: string): { level: Level; message: string } {
  const server = serverLine.exec(line);
  if (server) return { level: server[1] as Level, message: server[2] };
  const client = clientLine.exec(line);
  if (client) return { level: client[1].toLowerCase() as Level, message: client[2] };
  return { level: 'info', message: line };
}

/** Splits appended text into lines (a partial last line waits for the rest, at most `flushMs`) and logs each one. */
export class ServerLogLines {
  private pending = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly sink: Pick<vscode.LogOutputChannel, Level>, private readonly flushMs = 250) {}

  append(text: string): void {
    const lines = (this.pending + text).split(/\r?\n/);
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.log(line);
    if (this.timer) clearTimeout(this.timer);
    this.timer = this.pending ? setTimeout(() => this.flush(), this.flushMs) : undefined;
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const rest = this.pending;
    this.pending = '';
    this.log(rest);
  }

  private log(line: string): void {
    // vscode-languageclient logs a closed connection's "handled" flag as a bare "false" line after its message.
    if (line.trim().length === 0 || line === 'false' || line === 'true') return;
    const { level, message } = parseServerLine(line);
    this.sink[level](message);
  }
}

/** The channel given to vscode-languageclient: what it appends goes through {@link ServerLogLines}; the rest is the channel's. */
export function serverOutputChannel(log: vscode.LogOutputChannel): vscode.LogOutputChannel {
  const lines = new ServerLogLines(log);
  return new Proxy(log, {
    get(target, prop) {
      if (prop === 'append') return (text: string) => lines.append(text);
      if (prop === 'appendLine') return (text: string) => lines.append(`${text}\n`);
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
