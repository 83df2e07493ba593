import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RestartPolicy } from '../../src/sidecar/restartPolicy';

function policyAt(clock: { now: number }) {
  return new RestartPolicy({ maxRestarts: 3, windowMs: 180_000, now: () => clock.now });
}

test('a crashed server is restarted at most 3 times in 3 minutes', () => {
  const clock = { now: 0 };
  const policy = policyAt(clock);
  assert.equal(policy.shouldRestart(), true);
  clock.now = 10_000;
  assert.equal(policy.shouldRestart(), true);
  clock.now = 20_000;
  assert.equal(policy.shouldRestart(), true);
  clock.now = 179_000;
  assert.equal(policy.shouldRestart(), false);
});

test('crashes older than 3 minutes no longer count', () => {
  const clock = { now: 0 };
  const policy = policyAt(clock);
  policy.shouldRestart(); policy.shouldRestart(); policy.shouldRestart();
  clock.now = 180_000;
  assert.equal(policy.shouldRestart(), true);
  assert.equal(policy.recentRestarts, 1);
});

test('a restart by hand forgets earlier crashes', () => {
  const clock = { now: 0 };
  const policy = policyAt(clock);
  policy.shouldRestart(); policy.shouldRestart(); policy.shouldRestart();
  policy.reset();
  assert.equal(policy.shouldRestart(), true);
});
