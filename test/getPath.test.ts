import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getPath, has, isObject } from '../runtime/lib/getPath.js';

test('reads nested paths', () => {
  const payload = { data: { chatInstanceName: 'help_faq_bot', n: 0 }, type: 'CHAT_LOADED' };
  assert.equal(getPath(payload, 'type'), 'CHAT_LOADED');
  assert.equal(getPath(payload, 'data.chatInstanceName'), 'help_faq_bot');
  assert.equal(getPath(payload, 'data.n'), 0);
  assert.equal(getPath(payload, 'data.missing.deeper'), undefined);
});

test('foreign input never throws', () => {
  for (const value of [undefined, null, 0, 'text', true, Symbol('s')]) assert.equal(getPath(value, 'data.x'), undefined);
  const hostile = Object.defineProperty({}, 'data', {
    get() {
      throw new Error('getter that throws');
    },
  });
  assert.equal(getPath(hostile, 'data.x'), undefined);
  assert.equal(
    getPath(
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('proxy');
          },
        },
      ),
      'a',
    ),
    undefined,
  );
});

test('functions carry properties too (vendor globals are often functions)', () => {
  const fn = Object.assign(() => undefined, { q: [1] });
  assert.deepEqual(getPath({ fn }, 'fn.q'), [1]);
  assert.equal(isObject(fn), true);
  assert.equal(isObject(null), false);
  assert.equal(isObject('x'), false);
});

test('has() only sees own keys, whatever the object says about itself', () => {
  const table = JSON.parse('{"__proto__": 1, "hasOwnProperty": 2, "a": 3}');
  assert.equal(has(table, 'a'), true);
  assert.equal(has(table, '__proto__'), true);
  assert.equal(has({}, 'constructor'), false);
  assert.equal(has({}, 'toString'), false);
});
