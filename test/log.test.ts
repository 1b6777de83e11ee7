import { test } from 'node:test';
import assert from 'node:assert/strict';
import { log, setDebug } from '../runtime/lib/log.js';

test('debug logging never throws, whatever the page did to console.log', () => {
  const original = console.log;
  try {
    setDebug(true);
    for (const broken of [
      42,
      undefined,
      () => {
        throw new Error('no console');
      },
    ]) {
      (console as unknown as Record<string, unknown>).log = broken;
      assert.doesNotThrow(() => log('start', { debug: true }));
    }
    const lines: unknown[][] = [];
    console.log = (...args: unknown[]) => void lines.push(args);
    log('push', 1);
    setDebug(false);
    log('push', 2);
    assert.deepEqual(lines, [['[chatwire]', 'push', 1]]);
  } finally {
    console.log = original;
    setDebug(false);
  }
});
