import { test } from 'node:test';
import assert from 'node:assert/strict';

// chain() re-checks its slots on the page's load events (watchScripts): a minimal window and document.
// (Node's EventTarget does not remove a listener added with `capture: true` by the same call; the page's does.)
const target = () => {
  const events = new EventTarget();
  return {
    addEventListener: (name: string, fn: () => void) => events.addEventListener(name, fn),
    removeEventListener: (name: string, fn: () => void) => events.removeEventListener(name, fn),
    dispatchEvent: (event: Event) => events.dispatchEvent(event),
  };
};
const win = target();
Object.assign(globalThis, { document: target(), addEventListener: win.addEventListener, removeEventListener: win.removeEventListener });
const { chain } = await import('../runtime/lib/chain.js');

/** What a classic page script's `function name() {}` does to an existing window property. */
const declare = (owner: object, key: string, fn: unknown) => Object.defineProperty(owner, key, { value: fn, writable: true, enumerable: true, configurable: false });
/** A script finished loading: the event chain()'s re-check listens for. */
const scriptLoaded = () => win.dispatchEvent(new Event('load'));

test("the site's function, set before, runs once after the listener, with its this, arguments, result and exceptions", () => {
  const calls: unknown[] = [];
  const owner: Record<string, any> = {
    onOpen(this: unknown, ...args: unknown[]) {
      calls.push(['site', this, ...args]);
      if (args[0] === 'boom') throw new Error('site');
      return 42;
    },
  };
  const undo = chain(owner, 'onOpen', (...args) => calls.push(['chatwire', ...args]));
  assert.equal(owner.onOpen('a', 1), 42);
  assert.deepEqual(calls, [
    ['chatwire', 'a', 1],
    ['site', owner, 'a', 1],
  ]);
  assert.throws(() => owner.onOpen('boom'), /site/);
  undo();
  assert.equal(Object.getOwnPropertyDescriptor(owner, 'onOpen')?.writable, true);
  calls.length = 0;
  owner.onOpen('b');
  assert.deepEqual(calls, [['site', owner, 'b']]);
});

test('a function the site assigns afterwards lands behind the wrapper', () => {
  const calls: string[] = [];
  const owner: Record<string, any> = {};
  const undo = chain(owner, 'cb', () => calls.push('chatwire'));
  owner.cb();
  owner.cb = () => calls.push('site');
  owner.cb();
  owner.cb = null;
  owner.cb();
  assert.deepEqual(calls, ['chatwire', 'chatwire', 'site', 'chatwire']);
  undo();
  assert.equal(owner.cb, null);
});

test('a declaration that runs after chatwire (non-configurable) replaces the wrapper; the next re-check wraps it again', () => {
  const calls: string[] = [];
  const owner: Record<string, any> = {};
  const undo = chain(owner, 'jivo_onOpen', () => calls.push('chatwire'));
  declare(owner, 'jivo_onOpen', () => calls.push('site'));
  owner.jivo_onOpen();
  assert.deepEqual(calls, ['site']);
  scriptLoaded();
  calls.length = 0;
  owner.jivo_onOpen();
  assert.deepEqual(calls, ['chatwire', 'site']);
  // A second declaration, and an assignment, of the non-configurable property: wrapped again each time.
  declare(owner, 'jivo_onOpen', () => calls.push('site2'));
  scriptLoaded();
  owner.jivo_onOpen = () => calls.push('site3');
  win.dispatchEvent(new Event('DOMContentLoaded'));
  calls.length = 0;
  owner.jivo_onOpen();
  assert.deepEqual(calls, ['chatwire', 'site3']);
  undo();
  calls.length = 0;
  owner.jivo_onOpen();
  assert.deepEqual(calls, ['site3']);
});

test('a site function that calls the previous one it read: one listener call, each site function once', () => {
  const calls: string[] = [];
  const owner: Record<string, any> = {};
  declare(owner, 'userlikeTrackingEvent', () => calls.push('first'));
  const undo = chain(owner, 'userlikeTrackingEvent', () => calls.push('chatwire'));
  const previous = owner.userlikeTrackingEvent;
  owner.userlikeTrackingEvent = (...args: unknown[]) => {
    calls.push('second');
    previous(...args);
  };
  scriptLoaded();
  owner.userlikeTrackingEvent('chat_started');
  assert.deepEqual(calls, ['chatwire', 'second', 'first']);
  // A vendor that kept the older wrapper still reports through it.
  calls.length = 0;
  previous();
  assert.deepEqual(calls, ['chatwire', 'first']);
  undo();
});

test('nothing changes on re-checks while the wrapper is in place; undo of every chaining stops the re-checks', () => {
  const calls: string[] = [];
  const owner: Record<string, any> = {};
  const undoA = chain(owner, 'a', () => calls.push('a'));
  const undoB = chain(owner, 'b', () => calls.push('b'));
  const wrapper = owner.a;
  scriptLoaded();
  assert.equal(owner.a, wrapper);
  undoA();
  undoB();
  declare(owner, 'a', () => calls.push('site'));
  scriptLoaded();
  owner.a();
  assert.deepEqual(calls, ['site']);
});

test('a slot declared non-configurable before chatwire holds the wrapper as a plain value; undo puts the site function back', () => {
  const calls: string[] = [];
  const owner: Record<string, any> = {};
  const site = () => calls.push('site');
  declare(owner, 'jivo_onClose', site);
  const undo = chain(owner, 'jivo_onClose', () => calls.push('chatwire'));
  const own = Object.getOwnPropertyDescriptor(owner, 'jivo_onClose');
  assert.equal(own?.configurable, false);
  assert.equal(typeof own?.value, 'function');
  owner.jivo_onClose();
  assert.deepEqual(calls, ['chatwire', 'site']);
  undo();
  assert.equal(owner.jivo_onClose, site);
});

test('undo leaves a function the site declared after chatwire (before any re-check) in place', () => {
  const owner: Record<string, any> = {};
  const undo = chain(owner, 'jivo_onAccept', () => undefined);
  const later = () => 'site';
  declare(owner, 'jivo_onAccept', later);
  undo();
  assert.equal(owner.jivo_onAccept, later);
});

test('the chained slot stays enumerable (a callbacks object is iterated); after undo it is a plain writable property', () => {
  const owner: Record<string, any> = { onChatOpened: null };
  const undo = chain(owner, 'onChatOpened', () => undefined);
  assert.deepEqual(Object.keys(owner), ['onChatOpened']);
  undo();
  assert.deepEqual(Object.getOwnPropertyDescriptor(owner, 'onChatOpened'), { value: null, writable: true, enumerable: true, configurable: true });
  // A second undo changes nothing.
  undo();
  assert.equal(owner.onChatOpened, null);
});

test('a frozen or non-extensible owner: chain() throws and the object is unchanged', () => {
  const frozen = Object.freeze({ cb: () => 'site' });
  assert.throws(() => chain(frozen, 'cb', () => undefined));
  assert.equal(frozen.cb(), 'site');
  const closed = Object.preventExtensions({});
  assert.throws(() => chain(closed, 'cb', () => undefined));
  assert.deepEqual(Object.keys(closed), []);
});
