import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import ts from 'typescript';
import { registry } from '../runtime/registry.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

/**
 * The paths of the layout map in docs/development.md: the first code block of
 * its "## Layout" section, one entry per line, the path first, nested by two
 * spaces of indentation under the directory above it.
 */
const mapped = (): string[] => {
  const section = read('docs/development.md').split('\n## Layout\n')[1].split('\n## ')[0];
  const block = section.split('```')[1];
  const parents: string[] = [];
  const paths: string[] = [];
  for (const line of block.split('\n').slice(1)) {
    const match = /^( *)(\S+)(?: {2,}|$)/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 2;
    assert.ok(Number.isInteger(depth) && depth <= parents.length, `indentation of "${line}"`);
    parents.length = depth;
    const path = parents.join('') + match[2];
    paths.push(path);
    if (path.endsWith('/')) parents.push(match[2]);
  }
  return paths;
};

test("every path in docs/development.md's layout map exists (<id>: for every vendor)", () => {
  const paths = mapped();
  assert.ok(paths.length > 40, `${paths.length} paths read from the map`);
  for (const path of paths) {
    for (const each of path.includes('<id>') ? registry.map(({ id }) => path.split('<id>').join(id)) : [path]) {
      const url = new URL(each, root);
      assert.ok(existsSync(url), `${each} (named in docs/development.md) does not exist`);
      assert.equal(statSync(url).isDirectory(), each.endsWith('/'), `${each}: a directory is written with a trailing /, a file without`);
    }
  }
});

test("every top-level directory of the repository is in docs/development.md's layout map", () => {
  const paths = new Set(mapped());
  const ignored = read('.gitignore').split('\n');
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || ignored.includes(`${entry.name}/`)) continue;
    assert.ok(paths.has(`${entry.name}/`), `${entry.name}/ is missing from the map`);
  }
});

/**
 * What in one runtime source file has no JSDoc: each exported declaration
 * (`export const`, `export function`, `export interface`, `export type`…;
 * re-exports are documented where they are declared), and each member of an
 * exported interface or object type (the fields of `ChatEvent` among them).
 */
const undocumented = (file: string, source: string): string[] => {
  const missing: string[] = [];
  const node = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const documented = (each: ts.Node): boolean => ts.getJSDocCommentsAndTags(each).length > 0;
  for (const statement of node.statements) {
    if (!ts.canHaveModifiers(statement) || !ts.getModifiers(statement)?.some((modifier) => modifier.kind == ts.SyntaxKind.ExportKeyword)) continue;
    const declarations = ts.isVariableStatement(statement) ? [...statement.declarationList.declarations] : [statement];
    const name = declarations.map((each) => (each as ts.NamedDeclaration).name?.getText() ?? 'default').join(', ');
    if (!documented(statement) && !declarations.some(documented)) missing.push(`${file}: ${name}`);
    const type = ts.isTypeAliasDeclaration(statement) ? statement.type : undefined;
    const members = ts.isInterfaceDeclaration(statement) ? statement.members : type && ts.isTypeLiteralNode(type) ? type.members : [];
    for (const member of members) if (!documented(member)) missing.push(`${file}: ${name}.${member.name?.getText() ?? '(signature)'}`);
  }
  return missing;
};

test('JSDoc on every export of runtime/ and on every field of its exported types (the style guide)', () => {
  const files = ['runtime/', 'runtime/lib/', 'runtime/vendors/'].flatMap((dir) =>
    readdirSync(new URL(dir, root))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => dir + name),
  );
  assert.ok(files.length > 60, `${files.length} files read`);
  assert.deepEqual(
    files.flatMap((file) => undocumented(file, read(file))),
    [],
  );
  // The check itself: it finds an undocumented export and an undocumented field.
  assert.deepEqual(undocumented('x.ts', 'export const a = 1;\n/** Documented. */\nexport interface B {\n  c: string;\n  /** Documented. */\n  d: number;\n}\n'), [
    'x.ts: a',
    'x.ts: B.c',
  ]);
});
