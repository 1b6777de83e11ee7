// The repository root and a text reader relative to it, for the GTM generators.
import { readFileSync } from 'node:fs';

/** The repository root. */
export const root = new URL('../../', import.meta.url);

/** A repository file's text. */
export const read = (path) => readFileSync(new URL(path, root), 'utf8');
