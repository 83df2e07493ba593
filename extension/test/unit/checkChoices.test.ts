import { test } from 'node:test';
import assert from 'node:assert/strict';
import { domainLabel, overallLabel, scopeChoices } from '../../src/features/knowledgeCheck/checkChoices';
import { checksSettings } from '../../src/features/knowledgeCheck/checksSettings';

test('scope choices start with everything, then this note, then domains and tracks without duplicates', () => {
  const choices = scopeChoices({ uri: 'file:///w/a.md', name: 'a.md' }, ['NLP', 'Deep Learning', 'NLP', ''], ['swe']);
  assert.deepEqual(choices.map(c => c.label), ['Everything', 'This note: a.md', 'Domain: Deep Learning', 'Domain: NLP', 'Track: swe']);
  assert.deepEqual(choices[1]!.value, { kind: 'note', value: 'file:///w/a.md' });
  assert.deepEqual(scopeChoices(undefined, [], []).map(c => c.label), ['Everything']);
});

test('readiness labels show percent, learned items and weight', () => {
  assert.equal(overallLabel({ overallPercent: 42.5, domains: [] }), 'Overall Interview Readiness: 42.5%');
  assert.deepEqual(domainLabel({ domain: 'Deep Learning', weight: 25, items: 8, learned: 3, percent: 45 }),
    { label: 'Deep Learning: 45%', description: '3/8 learned · weight 25%' });
});

test('check settings are passed to the server only when usable', () => {
  assert.deepEqual(checksSettings(k => ({ 'checks.folder': ' quiz ', planFile: 'plan.md', 'remedial.threshold': 75 } as Record<string, unknown>)[k]),
    { checksFolder: 'quiz', planFile: 'plan.md', remedialThreshold: 75 });
  assert.deepEqual(checksSettings(() => undefined), { checksFolder: undefined, planFile: undefined, remedialThreshold: undefined });
});
