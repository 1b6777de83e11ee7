// Unit tests of the GTM template harness: each sandbox API, each test API call and
// each matcher against Google's references, cited per test:
// API   = https://developers.google.com/tag-platform/tag-manager/templates/api
// TESTS = https://developers.google.com/tag-platform/tag-manager/templates/tests
// PERMS = https://developers.google.com/tag-platform/tag-manager/templates/permissions
// JS    = https://developers.google.com/tag-platform/tag-manager/templates/sandboxed-javascript
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertThat, newWorld, parseTemplate, readPermissions, runScenarioIn, sandboxApis, urlAllowed, type Template, type World } from './harness.js';

type Plain = string | boolean | Plain[] | { [key: string]: Plain };
const encode = (value: Plain): unknown =>
  typeof value === 'string'
    ? { type: 1, string: value }
    : typeof value === 'boolean'
      ? { type: 8, boolean: value }
      : Array.isArray(value)
        ? { type: 2, listItem: value.map(encode) }
        : { type: 3, mapKey: Object.keys(value).map(encode), mapValue: Object.values(value).map(encode) };
/** A permission instance as a .tpl stores it. */
const perm = (id: string, params: Record<string, Plain> = {}) => ({
  instance: { key: { publicId: id, versionId: '1' }, param: Object.entries(params).map(([key, value]) => ({ key, value: encode(value) })) },
  isRequired: true,
});
const globals = (...keys: [string, string][]) =>
  perm('access_globals', { keys: keys.map(([key, rights]) => ({ key, read: rights.includes('r'), write: rights.includes('w'), execute: rights.includes('x') })) });
const consent = (...types: string[]) => perm('access_consent', { consentTypes: types.map((consentType) => ({ consentType, read: true, write: true })) });

/** A web template from its code and permissions (no ___WEB_PERMISSIONS___ section when there are none). */
const template = (code: string, permissions: unknown[] = []): Template =>
  parseTemplate(
    `___INFO___\n\n{"type": "MACRO"}\n\n___SANDBOXED_JS_FOR_WEB_TEMPLATE___\n\n${code}\n${permissions.length ? `\n___WEB_PERMISSIONS___\n\n${JSON.stringify(permissions)}\n` : ''}`,
  );
/** Runs test code against a template; returns what the scenario left behind. */
const run = (t: Template, testCode: string, world: World = newWorld()) => runScenarioIn(t, { name: 'unit', code: testCode }, world);

test('runCode returns what the code returns, so variable templates are testable (TESTS, API #runcode)', () => {
  run(template('return data.text1.toUpperCase();'), "assertThat(runCode({text1: 'this is a test'})).isEqualTo('THIS IS A TEST');");
  assert.throws(() => run(template('return 1;'), 'assertThat(runCode({})).isEqualTo(2);'), /expected 1 to equal 2/);
});

test('a template without ___WEB_PERMISSIONS___ loads and runs (a template that needs no permission has none)', () => {
  const t = template("return require('makeString')(42);");
  assert.equal(t.sections.WEB_PERMISSIONS, undefined);
  assert.deepEqual(t.permissions, []);
  run(t, "assertThat(runCode({})).isStrictlyEqualTo('42');");
});

test('isConsentGranted: a type never set counts as granted; denied is false; needs access_consent read (API #isconsentgranted, PERMS #access_consent)', () => {
  const t = template("const g = require('isConsentGranted'); return [g('ad_storage'), g('analytics_storage')];", [consent('ad_storage', 'analytics_storage')]);
  const world = newWorld();
  run(t, 'assertThat(runCode({})).isEqualTo([true, true]);', world);
  world.consent.ad_storage = false;
  run(t, 'assertThat(runCode({})).isEqualTo([false, true]);', world);
  assert.throws(() => run(template("require('isConsentGranted')('ad_storage');", [consent('analytics_storage')]), 'runCode({});'), /permission denied: access_consent/);
});

test('addConsentListener: called on denied↔granted changes, not when an unset type is granted (API #addconsentlistener); updateConsentState / setDefaultConsentState push a consent command processed after the current code, and need access_consent write (API #updateconsentstate #setdefaultconsentstate)', () => {
  const t = template(
    "require('addConsentListener')('ad_storage', (type, granted) => require('logToConsole')(type, granted));" +
      "const update = require('updateConsentState'); update({ad_storage: 'granted'}); update({ad_storage: 'denied'}); update({ad_storage: 'granted'});" +
      "require('setDefaultConsentState')({ad_storage: 'denied'}); return require('isConsentGranted')('ad_storage');",
    [consent('ad_storage'), perm('logging', { environments: 'debug' })],
  );
  const { world } = run(t, 'assertThat(runCode({})).isTrue();');
  assert.deepEqual(world.logs, [
    ['ad_storage', false],
    ['ad_storage', true],
  ]);
  assert.deepEqual(world.window.dataLayer[0], ['consent', 'update', { ad_storage: 'granted' }]);
  assert.throws(
    () =>
      run(
        template("require('updateConsentState')({ad_storage: 'granted'});", [perm('access_consent', { consentTypes: [{ consentType: 'ad_storage', read: true, write: false }] })]),
        'runCode({});',
      ),
    /permission denied: access_consent/,
  );
});

test('copyFromWindow: a deep copy; functions pass through; other non-sandbox values become undefined (API #copyfromwindow, JS #simplified_type_system)', () => {
  const world = newWorld();
  const fn = () => 'called';
  world.window.page = { fn, when: new Date(0), list: [1, { a: 2 }], nested: { x: 1 } };
  const t = template("const page = require('copyFromWindow')('page'); page.nested.x = 99; return [page.fn(), page.when, page.list, require('getType')(page.fn)];", [
    globals(['page', 'r']),
  ]);
  run(t, "assertThat(runCode({})).isEqualTo(['called', undefined, [1, {a: 2}], 'function']);", world);
  assert.equal(world.window.page.nested.x, 1, 'the page’s object is not changed through the copy');
  assert.throws(() => run(template("require('copyFromWindow')('other');", [globals(['page', 'r'])]), 'runCode({});', world), /permission denied: access_globals/);
});

test('callInWindow: calls the function on its owner; a callback handed to the page passes through, and results come back (API #callinwindow)', () => {
  const world = newWorld();
  world.window.dataLayer = [];
  world.window.widget = { on: (name: string, cb: (v: number) => number) => cb(41) + name.length };
  const t = template("const call = require('callInWindow'); call('dataLayer.push', {event: 'x'}); return call('widget.on', 'ab', (v) => v + 1);", [
    globals(['dataLayer.push', 'x'], ['widget.on', 'x']),
  ]);
  run(t, 'assertThat(runCode({})).isEqualTo(44);', world);
  assert.deepEqual(world.window.dataLayer, [{ event: 'x' }], 'dataLayer.push ran with this = dataLayer');
  assert.throws(
    () => run(template("require('callInWindow')('alert', 1);", [globals(['widget.on', 'x'])]), 'runCode({});', world),
    /permission denied: access_globals "execute" "alert"/,
  );
});

test('setInWindow: functions pass through to the page; an existing value is kept unless overrideExisting; returns whether it set (API #setinwindow)', () => {
  const world = newWorld();
  world.window.kept = 'old';
  const t = template("const set = require('setInWindow'); return [set('cb', (a) => a * 2, true), set('kept', 'new'), set('kept', 'newer', true)];", [
    globals(['cb', 'w'], ['kept', 'w']),
  ]);
  run(t, 'assertThat(runCode({})).isEqualTo([true, false, true]);', world);
  assert.equal(world.window.cb(21), 42);
  assert.equal(world.window.kept, 'newer');
});

test("require('JSON' | 'Math' | 'Object' | 'templateStorage' | 'localStorage') are objects (API #json #math #object #templatestorage #localstorage)", () => {
  const t = template("const getType = require('getType'); return ['JSON', 'Math', 'Object', 'templateStorage', 'localStorage'].map((name) => getType(require(name)));");
  run(t, "assertThat(runCode({})).isEqualTo(['object', 'object', 'object', 'object', 'object']);");
});

test('JSON: parse and stringify, undefined for input they cannot handle (API #json)', () => {
  const t = template("const JSON = require('JSON'); const a = {}; a.self = a; return [JSON.parse('{\"a\":[1]}'), JSON.parse('{bad'), JSON.stringify({b: 1}), JSON.stringify(a)];");
  run(t, 'assertThat(runCode({})).isEqualTo([{a: [1]}, undefined, \'{"b":1}\', undefined]);');
});

test('Math: abs, ceil, floor, max, min, pow, round, sqrt (API #math)', () => {
  const t = template("const M = require('Math'); return [M.abs(-2), M.ceil(1.2), M.floor(1.8), M.max(1, 3, 2), M.min(1, 3), M.pow(2, 10), M.round(2.5), M.sqrt(81)];");
  run(t, 'assertThat(runCode({})).isEqualTo([2, 2, 1, 3, 1, 1024, 3, 9]);');
});

test('Object: keys, values, entries, freeze, delete (API #object)', () => {
  const t = template(
    "const O = require('Object'); const o = {a: 1, b: 2}; const deleted = [O.delete(o, 'b'), O.delete(o, 'zz'), O.delete(O.freeze({c: 1}), 'c'), O.delete([1], '0')]; const f = O.freeze({c: 3}); f.c = 4; return [O.keys({x: 1, y: 2}), O.values({x: 1}), O.entries({x: 1}), o, deleted, f.c, O.keys('ab'), O.keys(null), O.freeze(5)];",
  );
  run(t, "assertThat(runCode({})).isEqualTo([['x', 'y'], [1], [['x', 1]], {a: 1}, [true, true, false, false], 3, ['0', '1'], [], 5]);");
});

test('mock(name, value): a non-function value is what the API returns; a function replaces the API (API #mock)', () => {
  const t = template("return [require('getUrl')(), require('generateRandom')(1, 5), require('isConsentGranted')('ad_storage')];");
  run(
    t,
    "mock('getUrl', 'https://shop.example/'); mock('generateRandom', (min, max) => max); mock('isConsentGranted', false); assertThat(runCode({})).isEqualTo(['https://shop.example/', 5, false]);",
  );
});

test('mocked APIs skip permission checks; unmocked ones check them (TESTS #limitations, PERMS)', () => {
  const t = template("require('injectScript')('https://evil.example/x.js', data.gtmOnSuccess, data.gtmOnFailure);", [perm('inject_script', { urls: ['https://good.example/*'] })]);
  assert.throws(() => run(t, 'runCode({});'), /permission denied: inject_script/);
  run(t, "mock('injectScript', (url, ok) => ok()); runCode({}); assertApi('gtmOnSuccess').wasCalled();");
});

test('mockObject(name, object): object APIs (localStorage, templateStorage, JSON…) use the given object (API #mockobject)', () => {
  const t = template("const ls = require('localStorage'); ls.setItem('k', 'v'); return ls.getItem('k');");
  run(
    t,
    "const storage = {}; mockObject('localStorage', {setItem: (key, value) => { storage[key] = value + '!'; }, getItem: (key) => storage[key]}); assertThat(runCode({})).isEqualTo('v!');",
  );
});

test('require in test code gives the real, unmocked API; a mock that logs through logToConsole does not recurse (TESTS)', () => {
  const t = template("return require('logToConsole')('from template');", [perm('logging', { environments: 'debug' })]);
  const { world, calls } = run(
    t,
    "const log = require('logToConsole'); mock('logToConsole', (message) => { log('mocked: ' + message); }); runCode({}); assertApi('logToConsole').wasCalledWith('from template');",
  );
  assert.deepEqual(world.logs, [['mocked: from template']]);
  assert.equal(calls.filter((c) => c.api === 'logToConsole').length, 1, 'the test code’s own call is not recorded');
});

test('mocks and recorded calls are per scenario (TESTS)', () => {
  const t = { ...template("return require('makeString')(1);"), tests: { scenarios: [], setup: '' } };
  run(t, "mock('makeString', 'mocked'); assertThat(runCode({})).isEqualTo('mocked');");
  run(t, "assertThat(runCode({})).isEqualTo('1'); assertApi('makeString').wasCalledWith(1);");
});

test('test code is sandboxed JS: arguments is an array, arrow functions have their own (JS; TESTS)', () => {
  const t = template("const f = function () { return arguments; }; const g = (a, b) => arguments.length; return [f(1, 2), g(1, 2, 3), require('getType')(f())];");
  run(t, "assertThat(runCode({})).isEqualTo([[1, 2], 3, 'array']); const h = (x, y) => arguments; assertThat(h('a', 'b')).isEqualTo(['a', 'b']);");
});

test('sandboxed code has no global scope and none of window, document, new, this, regular expression literals (JS)', () => {
  for (const [code, error] of [
    ['return window;', /window is not defined/],
    ['return Math.max(1, 2);', /Math is not defined/],
    ['return encodeURIComponent("a b");', /encodeURIComponent is not defined/],
    ['return new Object();', /no `new`/],
    ['return this;', /no `this`/],
    ['return "a".match(/a/);', /no regular expression literals/],
    ['return `t`;', /no template literals/],
  ] as const) {
    assert.throws(() => run(template(code), 'runCode({});'), error, code);
  }
  assert.throws(() => run(template('return 1;'), 'const o = new Object();'), /no `new`/, 'test code too');
});

test('built-in types keep only the methods of the standard library (…/templates/standard-library)', () => {
  run(
    template(
      "const a = [3, 1, 2]; return ['  x '.trim(), 'a-b'.split('-'), 'abc'.charAt(1), 'abc'.substring(1), (255).toString(16), a.slice().sort(), a.some((n) => n > 2), {k: 1}.hasOwnProperty('k')];",
    ),
    "assertThat(runCode({})).isEqualTo(['x', ['a', 'b'], 'b', 'bc', 'ff', [1, 2, 3], true, true]);",
  );
  for (const code of [
    "return 'abc'.includes('a');",
    "return 'abc'.startsWith('a');",
    "return 'abc'.charCodeAt(0);",
    'return [1, 2].find((n) => n > 1);',
    'return [1, 2].includes(1);',
    'return (1.25).toFixed(1);',
    "return 'ab'.replaceAll('a', 'b');",
  ]) {
    assert.throws(() => run(template(code), 'runCode({});'), /is not a function/, code);
  }
  // Arrays from the APIs and `arguments` are sandbox arrays too.
  for (const code of [
    "return require('Object').keys({a: 1}).find((k) => k);",
    "return require('parseUrl')('https://a.example/?x=1&x=2').searchParams.x.includes('1');",
    'const f = function () { return arguments.includes(1); }; return f(1);',
  ]) {
    assert.throws(() => run(template(code), 'runCode({});'), /is not a function/, code);
  }
  run(template("return require('Object').keys({a: 1, b: 2}).join('+');"), "assertThat(runCode({})).isEqualTo('a+b');");
});

test('assertApi: wasCalled, wasNotCalled, wasCalledWith, wasNotCalledWith (API #assertapi)', () => {
  const t = template("require('makeNumber')('1'); require('makeNumber')({a: ['2']});");
  run(
    t,
    "runCode({}); const a = assertApi('makeNumber'); a.wasCalled(); assertApi('makeString').wasNotCalled(); a.wasCalledWith('1'); a.wasCalledWith({a: ['2']}); a.wasNotCalledWith('3'); a.wasNotCalledWith('1', 2);",
  );
  for (const failing of [
    "assertApi('makeString').wasCalled();",
    "assertApi('makeNumber').wasNotCalled();",
    "assertApi('makeNumber').wasCalledWith('2');",
    "assertApi('makeNumber').wasNotCalledWith('1');",
  ]) {
    assert.throws(() => run(t, `runCode({}); ${failing}`), /expected makeNumber|expected makeString/, failing);
  }
});

test('fail(message) fails the test with the message (API #fail)', () => {
  assert.throws(() => run(template(''), "fail('stop here');"), /unit: stop here/);
});

test('assertThat: every documented matcher passes and fails as documented (API #assertthat)', () => {
  const pass: [unknown, string, unknown[]][] = [
    [{ a: [1] }, 'isEqualTo', [{ a: [1] }]],
    [1, 'isNotEqualTo', [2]],
    ['a', 'isStrictlyEqualTo', ['a']],
    [{}, 'isNotStrictlyEqualTo', [{}]],
    [2, 'isAnyOf', [1, 2]],
    [3, 'isNoneOf', [1, 2]],
    [0, 'isDefined', []],
    [undefined, 'isUndefined', []],
    [null, 'isNull', []],
    [0, 'isNotNull', []],
    [true, 'isTrue', []],
    [false, 'isFalse', []],
    ['x', 'isTruthy', []],
    ['', 'isFalsy', []],
    [NaN, 'isNaN', []],
    [1, 'isNotNaN', []],
    [-Infinity, 'isInfinity', []],
    [1e308, 'isNotInfinity', []],
    [2, 'isGreaterThan', [1]],
    [2, 'isGreaterThanOrEqualTo', [2]],
    [1, 'isLessThan', [2]],
    [2, 'isLessThanOrEqualTo', [2]],
    [[1, { b: 2 }], 'contains', [{ b: 2 }, 1]],
    ['hello world', 'contains', ['world', 'hello']],
    [[1, 2], 'doesNotContain', [3]],
    ['abc', 'doesNotContain', ['d']],
    [[2, 1, 2], 'containsExactly', [2, 2, 1]],
    [[1, 2], 'doesNotContainExactly', [1]],
    [[1, 2], 'hasLength', [2]],
    ['abc', 'hasLength', [3]],
    [[], 'isEmpty', []],
    ['', 'isEmpty', []],
    [[0], 'isNotEmpty', []],
    ['a', 'isNotEmpty', []],
    [[], 'isArray', []],
    [false, 'isBoolean', []],
    [() => 0, 'isFunction', []],
    [1, 'isNumber', []],
    [{}, 'isObject', []],
    ['', 'isString', []],
  ];
  const fail: [unknown, string, unknown[]][] = [
    [{ a: [1] }, 'isEqualTo', [{ a: [2] }]],
    [1, 'isNotEqualTo', [1]],
    [{}, 'isStrictlyEqualTo', [{}]],
    ['a', 'isNotStrictlyEqualTo', ['a']],
    [3, 'isAnyOf', [1, 2]],
    [2, 'isNoneOf', [1, 2]],
    [undefined, 'isDefined', []],
    [null, 'isUndefined', []],
    [undefined, 'isNull', []],
    [null, 'isNotNull', []],
    [1, 'isTrue', []],
    [0, 'isFalse', []],
    [0, 'isTruthy', []],
    ['0', 'isFalsy', []],
    ['x', 'isNaN', []],
    [NaN, 'isNotNaN', []],
    [1, 'isInfinity', []],
    [Infinity, 'isNotInfinity', []],
    [1, 'isGreaterThan', [1]],
    [1, 'isGreaterThanOrEqualTo', [2]],
    [2, 'isLessThan', [2]],
    [3, 'isLessThanOrEqualTo', [2]],
    [[1], 'contains', [1, 2]],
    ['hello', 'contains', ['world']],
    [[1, 2], 'doesNotContain', [2]],
    ['abc', 'doesNotContain', ['b']],
    [[1, 2], 'containsExactly', [1, 1]],
    [[1, 2], 'doesNotContainExactly', [2, 1]],
    [[1], 'hasLength', [2]],
    [[1], 'isEmpty', []],
    ['', 'isNotEmpty', []],
    [{}, 'isArray', []],
    [0, 'isBoolean', []],
    [{}, 'isFunction', []],
    ['1', 'isNumber', []],
    [[], 'isObject', []],
    [1, 'isString', []],
  ];
  for (const [actual, matcher, args] of pass) assert.doesNotThrow(() => assertThat(actual)[matcher](...args), `${matcher} ${JSON.stringify(actual)}`);
  for (const [actual, matcher, args] of fail) assert.throws(() => assertThat(actual)[matcher](...args), /expected/, `${matcher} ${JSON.stringify(actual)}`);
  assert.throws(() => assertThat(1, 'my message').isEqualTo(2), /^Error: my message: expected 1 to equal 2$|my message: expected 1 to equal 2/);
  // And from sandboxed test code:
  run(template('return "order 123";'), "assertThat(runCode({})).contains('123'); assertThat([1, 2]).containsExactly(2, 1);");
});

test('makeTableMap: a table’s rows → {key: value}; null for what is not a table (API #maketablemap)', () => {
  const t = template(
    "const m = require('makeTableMap'); const rows = [{k: 'a', v: 1, w: 'x'}, {k: 'b', v: 2, w: 'y'}]; return [m(rows, 'k', 'v'), m(rows, 'w', 'k'), m('no', 'k', 'v')];",
  );
  run(t, "assertThat(runCode({})).isEqualTo([{a: 1, b: 2}, {x: 'a', y: 'b'}, null]);");
});

test('createQueue: makes the window array if needed and returns its push; needs access_globals read+write (API #createqueue)', () => {
  const world = newWorld();
  run(template("const push = require('createQueue')('dataLayer'); push({event: 'a'}); push({event: 'b'});", [globals(['dataLayer', 'rw'])]), 'runCode({});', world);
  assert.deepEqual(world.window.dataLayer, [{ event: 'a' }, { event: 'b' }]);
  assert.throws(() => run(template("require('createQueue')('dataLayer');", [globals(['dataLayer', 'r'])]), 'runCode({});'), /permission denied/);
});

test('createArgumentsQueue: a window function that pushes its arguments object onto the array (API #createargumentsqueue)', () => {
  const world = newWorld();
  run(
    template("const ga = require('createArgumentsQueue')('ga', 'ga.q'); ga('create', 'UA-1'); ga('send', 'pageview');", [globals(['ga', 'rw'], ['ga.q', 'rw'])]),
    'runCode({});',
    world,
  );
  const queue = world.window.ga.q as ArrayLike<unknown>[];
  assert.deepEqual(
    queue.map((args) => Array.from(args)),
    [
      ['create', 'UA-1'],
      ['send', 'pageview'],
    ],
  );
  assert.equal(Object.prototype.toString.call(queue[0]), '[object Arguments]');
});

test('copyFromDataLayer: version 2 reads a dot path, version 1 a literal key; needs read_data_layer (API #copyfromdatalayer, PERMS #read_data_layer)', () => {
  const world = newWorld();
  world.dataModel = { ecommerce: { value: 9 }, 'a.b': 'flat', gtm: { uniqueEventId: 4 } };
  const t = template("const c = require('copyFromDataLayer'); return [c('ecommerce.value'), c('a.b', 1), c('gtm.uniqueEventId')];", [
    perm('read_data_layer', { keyPatterns: ['ecommerce.*', 'a.b', 'gtm.uniqueEventId'] }),
  ]);
  run(t, "assertThat(runCode({})).isEqualTo([9, 'flat', 4]);", world);
  assert.throws(
    () => run(template("require('copyFromDataLayer')('user.email');", [perm('read_data_layer', { keyPatterns: ['ecommerce.*'] })]), 'runCode({});', world),
    /permission denied: read_data_layer/,
  );
});

test('sha256: asynchronous, base64 by default or hex; callbacks run after the code returns (API #sha256)', () => {
  const t = template(
    "const out = []; require('sha256')('abc', (d) => out.push(d)); require('sha256')('abc', (d) => { out.push(d); require('setInWindow')('out', out, true); }, data.gtmOnFailure, {outputEncoding: 'hex'}); return out.length;",
    [globals(['out', 'w'])],
  );
  const { world } = run(t, 'assertThat(runCode({})).isEqualTo(0);');
  assert.deepEqual(world.window.out, ['ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad']);
});

test('callLater: runs the function after the current code returns (API #calllater)', () => {
  const t = template(
    "const order = []; require('callLater')(() => { order.push('later'); require('setInWindow')('order', order, true); }); order.push('now'); return order.length;",
    [globals(['order', 'w'])],
  );
  const { world } = run(t, 'assertThat(runCode({})).isEqualTo(1);');
  assert.deepEqual(world.window.order, ['now', 'later']);
});

test('getUrl and its components; getQueryParameters; getReferrerUrl; need get_url / get_referrer (API #geturl #getqueryparameters #getreferrerurl)', () => {
  const world = newWorld();
  world.url = 'https://shop.example.com:8443/a/b.html?x=1&y=2&x=3#top';
  world.referrer = 'https://ref.example/?q=chat';
  const t = template(
    "const u = require('getUrl'); const q = require('getQueryParameters'); return [u(), u('protocol'), u('host'), u('port'), u('path'), u('extension'), u('query'), u('fragment'), q('x'), q('x', true), require('getReferrerUrl')('host'), require('getReferrerQueryParameters')('q')];",
    [perm('get_url', { urlParts: 'any', queriesAllowed: 'any' }), perm('get_referrer', { urlParts: 'any', queriesAllowed: 'any' })],
  );
  run(
    t,
    "assertThat(runCode({})).isEqualTo(['https://shop.example.com:8443/a/b.html?x=1&y=2&x=3#top', 'https', 'shop.example.com', '8443', '/a/b.html', 'html', 'x=1&y=2&x=3', 'top', '1', ['1', '3'], 'ref.example', 'chat']);",
    world,
  );
  assert.throws(() => run(template("require('getUrl')('query');", [perm('get_url', { urlParts: 'specific', path: true })]), 'runCode({});', world), /permission denied: get_url/);
  assert.match(newWorld().url, /^https:\/\/gtm-msr\.appspot\.com\//, 'tests run on GTM’s test page');
});

test('parseUrl: the URL’s parts and searchParams (repeated keys as arrays); undefined for a malformed URL (API #parseurl)', () => {
  const t = template(
    "const p = require('parseUrl')('https://user:pw@a.example:81/p/q?x=1&x=2&y=%20#h'); return [p.protocol, p.username, p.password, p.host, p.hostname, p.port, p.pathname, p.search, p.searchParams, p.hash, p.origin, require('parseUrl')('not a url')];",
  );
  run(
    t,
    "assertThat(runCode({})).isEqualTo(['https:', 'user', 'pw', 'a.example:81', 'a.example', '81', '/p/q', '?x=1&x=2&y=%20', {x: ['1', '2'], y: ' '}, '#h', 'https://a.example:81', undefined]);",
  );
});

test('encodeUri, encodeUriComponent, decodeUri, decodeUriComponent (undefined on malformed input) (API #encodeuri …)', () => {
  const t = template(
    "return [require('encodeUri')('https://a.example/a b?c=d&e'), require('encodeUriComponent')('a b&c'), require('decodeUri')('a%20b%26'), require('decodeUriComponent')('a%20b%26'), require('decodeUriComponent')('%E0%A4%A')];",
  );
  run(t, "assertThat(runCode({})).isEqualTo(['https://a.example/a%20b?c=d&e', 'a%20b%26c', 'a b%26', 'a b&', undefined]);");
});

test('generateRandom is an integer in [min, max]; getTimestamp and getTimestampMillis are milliseconds (API #generaterandom #gettimestampmillis)', () => {
  const t = template(
    "const r = []; for (let i = 0; i < 200; i++) r.push(require('generateRandom')(1, 3)); return [r, require('getTimestamp')(), require('getTimestampMillis')()];",
  );
  const world = newWorld();
  world.now = 1700000000000;
  run(
    t,
    'const v = runCode({}); assertThat(v[0]).contains(1, 2, 3); assertThat(v[0]).doesNotContain(0, 4, 1.5); assertThat(v[1]).isEqualTo(1700000000000); assertThat(v[2]).isEqualTo(1700000000000);',
    world,
  );
});

test('sendPixel and injectHiddenIframe: need send_pixel / inject_hidden_iframe for the URL (API #sendpixel #injecthiddeniframe, PERMS)', () => {
  const world = newWorld();
  const t = template("require('sendPixel')('https://px.example/p?x=1'); require('injectHiddenIframe')('https://frame.example/f');", [
    perm('send_pixel', { allowedUrls: 'specific', urls: ['https://px.example/*'] }),
    perm('inject_hidden_iframe', { urls: ['https://frame.example/*'] }),
  ]);
  run(t, 'runCode({});', world);
  assert.deepEqual([world.pixels[0].url, world.iframes[0].url], ['https://px.example/p?x=1', 'https://frame.example/f']);
  assert.throws(
    () => run(template("require('sendPixel')('https://other.example/');", [perm('send_pixel', { allowedUrls: 'specific', urls: ['https://px.example/*'] })]), 'runCode({});'),
    /permission denied: send_pixel/,
  );
});

test('URL match patterns: `*` matches any run; a pattern ending in / covers everything under it; otherwise the whole URL (PERMS #inject_script)', () => {
  assert.ok(urlAllowed(['https://c.imedia.cz/'], 'https://c.imedia.cz/js/retargeting.js'));
  assert.ok(urlAllowed(['https://www.heureka.cz/ocm/sdk.js*'], 'https://www.heureka.cz/ocm/sdk.js?version=2'));
  assert.ok(urlAllowed(['https://*.example.com/a.js'], 'https://cdn.example.com/a.js'));
  assert.ok(!urlAllowed(['https://cdn.example.com/a.js'], 'https://cdn.example.com/a.js?v=2'));
  assert.ok(!urlAllowed(['https://c.imedia.cz/'], 'https://c.imedia.cz.evil.example/x.js'));
  assert.ok(!urlAllowed(['https://cdn.example.com/lib/'], 'https://cdn.example.com/other.js'));
});

test('injectScript: one script element per cache token; needs inject_script for the URL (API #injectscript)', () => {
  const world = newWorld();
  const t = template(
    "const i = require('injectScript'); i('https://cdn.example/a.js', data.gtmOnSuccess, data.gtmOnFailure, 'a'); i('https://cdn.example/a.js', data.gtmOnSuccess, data.gtmOnFailure, 'a');",
    [perm('inject_script', { urls: ['https://cdn.example/*'] })],
  );
  run(t, 'runCode({});', world);
  assert.equal(world.injected.length, 2);
  assert.deepEqual(world.scripts, ['https://cdn.example/a.js']);
});

test('setCookie / getCookieValues: URI-encoded unless told not to; need set_cookies / get_cookies for the name (API #setcookie #getcookievalues)', () => {
  const world = newWorld();
  const t = template("require('setCookie')('c', 'a b', {domain: 'auto', path: '/', 'max-age': 60}); const g = require('getCookieValues'); return [g('c'), g('c', false)];", [
    perm('set_cookies', { allowedCookies: [{ name: 'c', domain: '*', path: '*', secure: 'any', session: 'any' }] }),
    perm('get_cookies', { cookieAccess: 'specific', cookieNames: ['c'] }),
  ]);
  run(t, "assertThat(runCode({})).isEqualTo([['a b'], ['a%20b']]);", world);
  assert.throws(
    () => run(template("require('getCookieValues')('secret');", [perm('get_cookies', { cookieAccess: 'specific', cookieNames: ['c'] })]), 'runCode({});'),
    /permission denied: get_cookies/,
  );
});

test('gtagSet pushes a gtag set command onto the dataLayer (API #gtagset)', () => {
  const world = newWorld();
  run(
    template("require('gtagSet')({'developer_id.abc': true}); require('gtagSet')('user_id', 'u1');", [perm('write_data_layer', { keyPatterns: ['developer_id.abc', 'user_id'] })]),
    'runCode({});',
    world,
  );
  assert.deepEqual(world.window.dataLayer, [
    ['set', { 'developer_id.abc': true }],
    ['set', { user_id: 'u1' }],
  ]);
});

test('templateStorage keeps values across runs of the template in a page; localStorage needs access_local_storage per key (API #templatestorage #localstorage)', () => {
  const t = template("const s = require('templateStorage'); const n = (s.getItem('n') || 0) + 1; s.setItem('n', n); return n;", [perm('access_template_storage')]);
  run(t, 'assertThat(runCode({})).isEqualTo(1); assertThat(runCode({})).isEqualTo(2);');
  const ls = template("const l = require('localStorage'); const ok = l.setItem('k', 1); const v = l.getItem('k'); l.removeItem('k'); return [ok, v, l.getItem('k')];", [
    perm('access_local_storage', { keys: [{ key: 'k', read: true, write: true }] }),
  ]);
  run(ls, "assertThat(runCode({})).isEqualTo([true, '1', null]);");
  assert.throws(
    () => run(template("require('localStorage').getItem('other');", [perm('access_local_storage', { keys: [{ key: 'k', read: true, write: true }] })]), 'runCode({});'),
    /permission denied: access_local_storage/,
  );
});

test('queryPermission answers what the permissions grant, without throwing (API #querypermission)', () => {
  const t = template(
    "const q = require('queryPermission'); return [q('inject_script', 'https://cdn.example/a.js'), q('inject_script', 'https://x.example/'), q('access_globals', 'readwrite', 'dataLayer'), q('access_globals', 'execute', 'dataLayer'), q('logging'), q('get_cookies', 'c')];",
    [perm('inject_script', { urls: ['https://cdn.example/*'] }), globals(['dataLayer', 'rw'])],
  );
  run(t, 'assertThat(runCode({})).isEqualTo([true, false, true, false, false, false]);');
});

test('getType, makeString, makeNumber, makeInteger, toBase64, fromBase64 (API #gettype #makestring #makenumber #makeinteger #tobase64 #frombase64)', () => {
  const t = template(
    "const t = require('getType'); return [t(undefined), t(null), t(true), t(1), t('s'), t([]), t({}), t(t), require('makeString')(12), require('makeString')(null), require('makeNumber')('1.5'), require('makeInteger')('-3.7'), require('toBase64')('doctor who?'), require('fromBase64')('ZG9jdG9yIHdobz8='), require('fromBase64')('***')];",
  );
  run(
    t,
    "const v = runCode({}); assertThat(v.slice(0, 14)).isEqualTo(['undefined', 'null', 'boolean', 'number', 'string', 'array', 'object', 'function', '12', 'null', 1.5, -3, 'ZG9jdG9yIHdobz8=', 'doctor who?']); assertThat(v[14]).isUndefined();",
  );
});

test('logToConsole needs the logging permission; tests run in debug mode (API #logtoconsole, PERMS #logging)', () => {
  const { world } = run(template("require('logToConsole')('a', 1);", [perm('logging', { environments: 'debug' })]), 'runCode({});');
  assert.deepEqual(world.logs, [['a', 1]]);
  assert.throws(() => run(template("require('logToConsole')('a');"), 'runCode({});'), /permission denied: logging/);
});

test('readTitle, readCharacterSet, getContainerVersion, addEventCallback, aliasInWindow (API #readtitle #readcharacterset #getcontainerversion #addeventcallback #aliasinwindow)', () => {
  const world = newWorld();
  world.title = 'Shop';
  world.window.fbq = () => 'fbq';
  const t = template(
    "require('addEventCallback')((id, eventData) => 0); return [require('readTitle')(), require('readCharacterSet')(), require('getContainerVersion')().containerId, require('aliasInWindow')('_fbq', 'fbq'), require('aliasInWindow')('no.such', 'fbq')];",
    [perm('read_title'), perm('read_character_set'), perm('read_container_data'), perm('read_event_metadata'), globals(['_fbq', 'w'], ['fbq', 'r'], ['no.such', 'w'])],
  );
  run(t, "assertThat(runCode({})).isEqualTo(['Shop', 'UTF-8', 'GTM-XXXXXXX', true, false]);", world);
  assert.equal(world.window._fbq, world.window.fbq);
  assert.equal(world.eventCallbacks.length, 1);
});

test('readAnalyticsStorage: the client id from the _ga cookie; needs read_analytics_storage (API #readanalyticsstorage)', () => {
  const world = newWorld();
  world.cookies._ga = ['GA1.1.123456789.1700000000'];
  run(template("return require('readAnalyticsStorage')().client_id;", [perm('read_analytics_storage')]), "assertThat(runCode({})).isEqualTo('123456789.1700000000');", world);
  assert.throws(() => run(template("require('readAnalyticsStorage')();"), 'runCode({});', world), /permission denied: read_analytics_storage/);
});

test('every API of the web reference is there', () => {
  const apis = Object.keys(sandboxApis(readPermissions([]), newWorld()));
  for (const name of [
    'addConsentListener',
    'addEventCallback',
    'aliasInWindow',
    'callInWindow',
    'callLater',
    'copyFromDataLayer',
    'copyFromWindow',
    'createArgumentsQueue',
    'createQueue',
    'decodeUri',
    'decodeUriComponent',
    'encodeUri',
    'encodeUriComponent',
    'fromBase64',
    'generateRandom',
    'getContainerVersion',
    'getCookieValues',
    'getQueryParameters',
    'getReferrerQueryParameters',
    'getReferrerUrl',
    'getTimestamp',
    'getTimestampMillis',
    'getType',
    'getUrl',
    'gtagSet',
    'injectHiddenIframe',
    'injectScript',
    'isConsentGranted',
    'JSON',
    'localStorage',
    'logToConsole',
    'makeInteger',
    'makeNumber',
    'makeString',
    'makeTableMap',
    'Math',
    'Object',
    'parseUrl',
    'queryPermission',
    'readAnalyticsStorage',
    'readCharacterSet',
    'readTitle',
    'sendPixel',
    'setCookie',
    'setDefaultConsentState',
    'setInWindow',
    'sha256',
    'templateStorage',
    'toBase64',
    'updateConsentState',
  ]) {
    assert.ok(apis.includes(name), name);
  }
});
