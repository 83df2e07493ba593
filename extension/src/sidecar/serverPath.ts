// Pure: where the server assembly is. Setting `prepcode.server.path` wins, then env PREPCODE_SERVER_PATH,
// then the copy packaged in the extension (dist/server/PrepCode.Server.dll). No VS Code imports.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const serverAssembly = 'PrepCode.Server.dll';

export interface ServerLocation {
  path: string;
  source: 'setting' | 'environment' | 'packaged';
}

/** A folder is taken to hold PrepCode.Server.dll. */
function asAssembly(p: string, exists: (p: string) => boolean, isDir: (p: string) => boolean): string {
  return exists(p) && isDir(p) ? path.join(p, serverAssembly) : p;
}

export function resolveServerPath(setting: string | undefined, env: NodeJS.ProcessEnv, extensionPath: string,
  exists: (p: string) => boolean = fs.existsSync,
  isDir: (p: string) => boolean = p => fs.statSync(p).isDirectory()): ServerLocation {
  if (setting && setting.trim()) return { path: asAssembly(setting.trim(), exists, isDir), source: 'setting' };
  const fromEnv = env.PREPCODE_SERVER_PATH;
  if (fromEnv && fromEnv.trim()) return { path: asAssembly(fromEnv.trim(), exists, isDir), source: 'environment' };
  return { path: path.join(extensionPath, 'dist', 'server', serverAssembly), source: 'packaged' };
}
