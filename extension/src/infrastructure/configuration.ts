// Reads the `prepcode.*` settings from VS Code and reports the changes the rest of the extension cares about.
import * as vscode from 'vscode';
import type { PrepCodeSettings } from '../sidecar/protocol';
import { toServerSettings } from './settingsMapping';

export const section = 'prepcode';

const config = () => vscode.workspace.getConfiguration(section);

let bundledCurricula: string | undefined;

/** The extension's bundled curricula folder, sent to the server as settings.curriculaPath. */
export function setBundledCurricula(folder: string): void {
  bundledCurricula = folder;
}

export function serverSettings(): PrepCodeSettings {
  const c = config();
  const settings = toServerSettings(key => c.get(key));
  return bundledCurricula ? { ...settings, curriculaPath: bundledCurricula } : settings;
}

export const serverPathSetting = (): string | undefined => config().get<string>('server.path') || undefined;
export const upcomingDays = (): number => config().get<number>('upcomingDays') ?? 7;
export const statusBarEnabled = (): boolean => config().get<boolean>('statusBar.enabled') ?? true;

export interface ConfigurationHandlers {
  /** server.path changed: a new process is needed. */
  onServerPathChanged(): void;
  /** Anything the server reads changed: send it workspace/didChangeConfiguration. */
  onServerSettingsChanged(): void;
  /** Settings only the extension reads (status bar, upcoming days) changed. */
  onViewSettingsChanged(): void;
}

export function watchConfiguration(handlers: ConfigurationHandlers): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration(e => {
    if (!e.affectsConfiguration(section)) return;
    if (e.affectsConfiguration(`${section}.server.path`)) handlers.onServerPathChanged();
    else handlers.onServerSettingsChanged();
    if (e.affectsConfiguration(`${section}.statusBar`) || e.affectsConfiguration(`${section}.upcomingDays`)) {
      handlers.onViewSettingsChanged();
    }
  });
}
