// Runs the ___TESTS___ scenarios of real Community Template Gallery templates
// through the harness, to check that it behaves like GTM: those scenarios pass
// in GTM, so they must pass here. The templates are public repositories' files
// and are not committed; put their template.tpl files (any names) in a folder:
//
//   npx tsc -p . && node test/gtm/gallery.mjs /tmp/gallery
//
// A server template (___SANDBOXED_JS_FOR_SERVER___) is run only when every API
// it requires is also a web API. Prints one line per template and each failure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const { newWorld, parseTemplate, readPermissions, runScenarioIn, sandboxApis } = await import(new URL('../../build/tsc/test/gtm/harness.js', import.meta.url).href);

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node test/gtm/gallery.mjs <folder of .tpl files>');
  process.exit(2);
}
const webApis = Object.keys(sandboxApis(readPermissions([]), newWorld()));
let total = 0;
let passed = 0;
for (const file of readdirSync(dir)
  .filter((name) => name.endsWith('.tpl'))
  .sort()) {
  const template = parseTemplate(readFileSync(join(dir, file), 'utf8'));
  if (!template.code && template.sections.SANDBOXED_JS_FOR_SERVER) {
    const required = [...template.sections.SANDBOXED_JS_FOR_SERVER.matchAll(/require\(\s*['"](\w+)['"]\s*\)/g)].map((m) => m[1]);
    const missing = required.filter((api) => !webApis.includes(api));
    if (missing.length) {
      console.log(`${file}: skipped, server-only APIs ${missing.join(', ')}`);
      continue;
    }
    template.code = template.sections.SANDBOXED_JS_FOR_SERVER;
    template.permissions = template.sections.SERVER_PERMISSIONS ? JSON.parse(template.sections.SERVER_PERMISSIONS) : [];
  }
  const failures = [];
  for (const scenario of template.tests.scenarios) {
    total++;
    try {
      runScenarioIn(template, scenario);
      passed++;
    } catch (error) {
      failures.push(`  ✗ ${scenario.name}: ${String(error?.message ?? error).split('\n')[0]}`);
    }
  }
  const count = template.tests.scenarios.length;
  console.log(`${file}: ${count - failures.length}/${count}`);
  for (const line of failures) console.log(line);
}
console.log(`\n${passed}/${total} scenarios pass`);
process.exitCode = passed === total ? 0 : 1;
