// Whether a workspace's .gitignore already keeps PrepCode's database folder (.prepcode/) out of git, and the text that
// adds it (DESIGN §6: the database lives in .prepcode/ and PrepCode offers to add it to .gitignore). Pure, unit-tested.

export const folderRule = '.prepcode/';

/** True when a line of the .gitignore ignores the .prepcode folder at the root (negations after it are not followed). */
export function ignoresPrepcode(gitignore: string): boolean {
  return gitignore.split(/\r?\n/).map(l => l.trim()).some(l =>
    /^\/?(\*\*\/)?\.prepcode(\/(\*\*?)?)?$/.test(l));
}

/** True when the database is in the workspace's .prepcode folder: the default, or a databasePath under it. */
export function databaseInPrepcodeFolder(databasePath: string | undefined): boolean {
  if (!databasePath) return true;
  const p = databasePath.replace(/\\/g, '/').replace(/^\.\//, '');
  return p.startsWith('.prepcode/');
}

/** The text to append: the rule on its own line, after a newline when the file does not end with one. */
export function appendedRule(gitignore: string): string {
  const eol = gitignore.includes('\r\n') ? '\r\n' : '\n';
  const lead = gitignore.length === 0 || gitignore.endsWith('\n') ? '' : eol;
  return `${lead}# PrepCode's review schedule and index (local to this machine)${eol}${folderRule}${eol}`;
}
