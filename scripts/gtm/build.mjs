// Generates the GTM template (gtm-template/template.tpl), the importable
// container (gtm-template/container.json), the Gallery's LICENSE copy and the
// generated blocks of docs/gtm.md and gtm-template/README.md from the
// runtime's registry, the sandboxed code and tests in gtm-template/src/, the
// built runtime and the docs — so nothing that lists vendors or actions
// drifts from the runtime. Fails when a hand-written part of those docs names
// an event, vendor id or action that does not exist. Runs in `npm run build`
// after rollup (dist/) and tsc (build/tsc/).
import { writeFileSync } from 'node:fs';
import { containerText } from './container.mjs';
import { DOCS, docProblems, fillBlocks } from './docs.mjs';
import { ACTIONS, VENDORS } from './lists.mjs';
import { read, root } from './read.mjs';
import { CDN_BASE, templateText } from './template.mjs';

const problems = Object.entries(DOCS).flatMap(([path, blocks]) => docProblems(read(path), blocks).map((problem) => `${path}: ${problem}`));
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const template = templateText();
writeFileSync(new URL('gtm-template/template.tpl', root), template);
writeFileSync(new URL('gtm-template/container.json', root), containerText(template));
writeFileSync(new URL('gtm-template/LICENSE', root), read('LICENSE'));
for (const path of Object.keys(DOCS)) writeFileSync(new URL(path, root), fillBlocks(read(path)));
console.log(`gtm-template/template.tpl, container.json, docs: ${VENDORS.length} vendors, ${ACTIONS.length} actions; runtime carried in the container; CDN route ${CDN_BASE}`);
