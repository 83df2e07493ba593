import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendedRule, databaseInPrepcodeFolder, ignoresPrepcode } from '../../src/features/gitignore/gitignoreRule';

test('a .gitignore that already ignores .prepcode is left alone', () => {
  for (const rule of ['.prepcode', '.prepcode/', '/.prepcode/', '.prepcode/*', '**/.prepcode', '  .prepcode/  '])
    assert.equal(ignoresPrepcode(`node_modules/\n${rule}\n`), true, rule);
  for (const text of ['', 'node_modules/\n', '.prepcode.md\n', '# .prepcode/\n', 'notes/.prepcode-old/\n'])
    assert.equal(ignoresPrepcode(text), false, JSON.stringify(text));
});

test('the rule is appended on its own line, in the file\'s line endings', () => {
  assert.match(appendedRule(''), /^# .*\n\.prepcode\/\n$/);
  assert.match(appendedRule('node_modules/'), /^\n# .*\n\.prepcode\/\n$/);
  assert.match(appendedRule('node_modules/\n'), /^# .*\n\.prepcode\/\n$/);
  assert.match(appendedRule('a\r\nb'), /^\r\n# .*\r\n\.prepcode\/\r\n$/);
  assert.equal(ignoresPrepcode('node_modules/' + appendedRule('node_modules/')), true);
});

test('the offer is only for a database in the workspace\'s .prepcode folder', () => {
  assert.equal(databaseInPrepcodeFolder(undefined), true);
  assert.equal(databaseInPrepcodeFolder('.prepcode/other.db'), true);
  assert.equal(databaseInPrepcodeFolder('./.prepcode/x.db'), true);
  assert.equal(databaseInPrepcodeFolder('/home/me/prepcode.db'), false);
});
