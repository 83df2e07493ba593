// Pure: reads `dotnet --list-runtimes` and lists where a dotnet host may be installed. No VS Code imports.
import * as path from 'node:path';

export const requiredMajor = 10;

/** True when the output lists Microsoft.NETCore.App of the required major version or newer. */
export function hasRequiredRuntime(listRuntimesOutput: string, major = requiredMajor): boolean {
  return listRuntimesOutput.split(/\r?\n/).some(line => {
    const m = /^Microsoft\.NETCore\.App\s+(\d+)\./.exec(line.trim());
    return m !== null && Number(m[1]) >= major;
  });
}

/** Candidate dotnet executables, most specific first: PATH, DOTNET_ROOT, then common install folders. */
export function dotnetCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string[] {
  const exe = platform === 'win32' ? 'dotnet.exe' : 'dotnet';
  const sep = platform === 'win32' ? ';' : ':';
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const dirs: string[] = [];
  for (const dir of (env.PATH ?? env.Path ?? '').split(sep)) if (dir) dirs.push(dir);
  if (env.DOTNET_ROOT) dirs.push(env.DOTNET_ROOT);
  if (platform === 'win32') {
    for (const base of [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA && join(env.LOCALAPPDATA, 'Microsoft')]) {
      if (base) dirs.push(join(base, 'dotnet'));
    }
  } else {
    dirs.push(join(home, '.dotnet'), '/usr/share/dotnet', '/usr/lib/dotnet', '/usr/local/share/dotnet',
      '/usr/local/bin', '/opt/dotnet', '/snap/dotnet/current', '/opt/homebrew/bin', '/usr/local/opt/dotnet/libexec');
  }
  return [...new Set(dirs.map(d => join(d, exe)))];
}
