import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toServerSettings } from '../../src/infrastructure/settingsMapping';

const from = (values: Record<string, unknown>) => toServerSettings(key => values[key]);

test('every setting maps to its PrepCodeSettings field', () => {
  assert.deepEqual(from({
    'notes.include': ['notes/**/*.md'], 'notes.exclude': ['drafts/**'], databasePath: '.prepcode/x.db',
    scheduler: 'fixed', fixedIntervals: [1, 3, 7], percentToQuality: [{ min: 50, q: 2 }, { min: 100, q: 5 }],
    dayStartHour: 5, timeZone: 'Europe/Berlin', upcomingDays: 14, 'statusBar.enabled': false, 'server.path': '/x.dll',
  }), {
    include: ['notes/**/*.md'], exclude: ['drafts/**'], databasePath: '.prepcode/x.db', scheduler: 'fixed',
    fixedIntervals: [1, 3, 7], percentToQuality: [{ min: 100, q: 5 }, { min: 50, q: 2 }],
    dayStartHour: 5, timeZone: 'Europe/Berlin', upcomingDays: 14,
  });
});

test('unset and empty settings are left out so the server uses its defaults', () => {
  assert.deepEqual(from({ databasePath: '', timeZone: '  ', 'notes.include': [], fixedIntervals: [] }), {});
  assert.deepEqual(from({}), {});
});

test('values of the wrong kind are ignored', () => {
  assert.deepEqual(from({ scheduler: 'leitner', dayStartHour: 24, upcomingDays: 2.5, percentToQuality: [{ min: 'x' }] }), {});
});
