import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../runtime/lib/readConfig.js';
import { actions } from '../runtime/lib/actions.js';

const ids = ['smartagent', 'ctlive'];
const read = (input: unknown) => {
  const warnings: unknown[][] = [];
  const config = readConfig(input, ids, actions, (...why) => warnings.push(why));
  return { config, warnings };
};
const defaults = {
  vendors: ids,
  events: [...actions],
  eventPrefix: 'chat_',
  dataLayerName: 'dataLayer',
  pii: 'redact',
  allowedOrigins: [],
  debug: false,
};

test('defaults of CONTRACT §3 when absent or empty', () => {
  assert.deepEqual(read(undefined), { config: defaults, warnings: [] });
  assert.deepEqual(read(null), { config: defaults, warnings: [] });
  assert.deepEqual(read({}), { config: defaults, warnings: [] });
});

test('every key, valid', () => {
  const input = {
    vendors: ['ctlive'],
    events: ['opened', 'lead'],
    eventPrefix: 'cw_',
    dataLayerName: 'myLayer',
    pii: 'hash',
    allowedOrigins: ['https://chat.example.com'],
    debug: true,
  };
  assert.deepEqual(read(input), { config: input, warnings: [] });
  assert.equal(read({ pii: 'include' }).config.pii, 'include');
  assert.equal(read({ eventPrefix: '' }).config.eventPrefix, '', 'an empty prefix is allowed');
  assert.deepEqual(read({ vendors: [], events: [] }).config.vendors, [], 'an empty list listens to nothing');
});

test('the defaults are fresh copies, never shared with the caller', () => {
  const a = read({}).config;
  a.vendors.push('x');
  a.events.pop();
  assert.deepEqual(read({}).config, defaults);
});

test('wrongly typed values are ignored with a warning; the default applies', () => {
  const { config, warnings } = read({
    vendors: 'smartagent',
    events: { opened: true },
    eventPrefix: 5,
    dataLayerName: '',
    pii: 'yes',
    allowedOrigins: 'https://a.example',
    debug: 'true',
  });
  assert.deepEqual(config, defaults);
  assert.deepEqual(warnings.map((why) => why[1]).sort(), ['allowedOrigins', 'dataLayerName', 'debug', 'eventPrefix', 'events', 'pii', 'vendors']);
});

test('unknown list entries are dropped one by one', () => {
  const { config, warnings } = read({ vendors: ['smartagent', 'nope', 3], events: ['opened', 'opend'], allowedOrigins: ['https://a.example', null] });
  assert.deepEqual(config.vendors, ['smartagent']);
  assert.deepEqual(config.events, ['opened']);
  assert.deepEqual(config.allowedOrigins, ['https://a.example']);
  assert.deepEqual(warnings, [
    ['ignored config', 'vendors', 'nope'],
    ['ignored config', 'vendors', 3],
    ['ignored config', 'events', 'opend'],
    ['ignored config', 'allowedOrigins', null],
  ]);
});

test('unknown keys are ignored with a warning', () => {
  const { config, warnings } = read({ vendor: ['smartagent'], prefix: 'x' });
  assert.deepEqual(config, defaults);
  assert.deepEqual(warnings, [
    ['ignored config', 'vendor'],
    ['ignored config', 'prefix'],
  ]);
});

test('prototype keys from JSON neither pollute nor count', () => {
  const { config, warnings } = read(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"x": 1}, "debug": true}'));
  assert.equal(config.debug, true);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf(config), Object.prototype);
  assert.deepEqual(warnings, [
    ['ignored config', '__proto__'],
    ['ignored config', 'constructor'],
  ]);
});

test('a config that is not an object is ignored as a whole', () => {
  for (const input of ['debug', 42, true]) {
    const { config, warnings } = read(input);
    assert.deepEqual(config, defaults);
    assert.deepEqual(warnings, [['ignored config', input]]);
  }
  // An array is an object with index keys: each is reported as unknown.
  assert.deepEqual(read(['smartagent']).warnings, [['ignored config', '0']]);
});

test('hostile configuration objects never throw: throwing getters, throwing and revoked Proxies, huge sparse lists', () => {
  const warnings: unknown[][] = [];
  const warn = (...why: unknown[]): void => void warnings.push(why);
  const getter = Object.defineProperty({ pii: 'hash' }, 'vendors', {
    enumerable: true,
    get: () => {
      throw new Error('getter');
    },
  });
  assert.deepEqual(readConfig(getter, ids, actions, warn), { ...defaults, pii: 'hash' });
  const throwing = new Proxy(
    {},
    {
      ownKeys: () => {
        throw new Error('ownKeys');
      },
      get: () => {
        throw new Error('get');
      },
    },
  );
  assert.deepEqual(readConfig(throwing, ids, actions, warn), defaults);
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  assert.deepEqual(readConfig(revoked.proxy, ids, actions, warn), defaults);
  assert.deepEqual(readConfig({ vendors: revoked.proxy, debug: true }, ids, actions, warn), { ...defaults, debug: true });
  const list = new Proxy([ids[0]], {
    get: () => {
      throw new Error('entry');
    },
  });
  assert.deepEqual(readConfig({ vendors: list }, ids, actions, warn), defaults);
  const sparse: string[] = [ids[1]];
  sparse.length = 4_000_000_000;
  const started = performance.now();
  assert.deepEqual(readConfig({ vendors: sparse }, ids, actions, () => {}).vendors, [ids[1]]);
  assert.ok(performance.now() - started < 50, 'lists are read up to 1,000 entries');
  assert.ok(warnings.length >= 5, 'every ignored part is reported');
});

test('a throwing getter costs only its own key: its error, then the key, are reported, and the keys after it are read', () => {
  const error = new Error('getter');
  const input = Object.defineProperty({ pii: 'hash' }, 'vendors', {
    enumerable: true,
    get: () => {
      throw error;
    },
  });
  Object.assign(input, { debug: true });
  const { config, warnings } = read(input);
  assert.deepEqual(config, { ...defaults, pii: 'hash', debug: true });
  assert.deepEqual(warnings, [
    ['ignored config', error],
    ['ignored config', 'vendors'],
  ]);
});
