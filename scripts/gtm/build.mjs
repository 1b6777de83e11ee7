// Generates the GTM template (gtm-template/template.tpl), the importable
// container (gtm-template/container.json) and the Gallery's LICENSE copy from
// the runtime's registry, the sandboxed code and tests in gtm-template/src/,
// and the docs — so the template's vendor and action lists never drift from
// the runtime. Runs in `npm run build` after tsc has compiled runtime/ to build/tsc/.
import { writeFileSync } from 'node:fs';
import { containerText } from './container.mjs';
import { ACTIONS, VENDORS } from './lists.mjs';
import { read, root } from './read.mjs';
import { CDN_BASE, templateText } from './template.mjs';

const template = templateText();
writeFileSync(new URL('gtm-template/template.tpl', root), template);
writeFileSync(new URL('gtm-template/container.json', root), containerText(template));
writeFileSync(new URL('gtm-template/LICENSE', root), read('LICENSE'));
console.log(`gtm-template/template.tpl, container.json: ${VENDORS.length} vendors, ${ACTIONS.length} actions, runtime carried in the container; CDN route ${CDN_BASE}`);
