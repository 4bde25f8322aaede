/**
 * Load-order hazards of the domain faces. A face (`lib/<domain>/index.ts`) re-exports many
 * modules, so two domains that use each other form an import cycle. A cycle is harmless while
 * every use of an imported value waits for a call; it breaks (a TDZ error, "x is not a
 * function") when a module's top-level code, run as it loads, reads a value from a module that
 * is still loading because it imports, directly or not, the module itself.
 *
 * This finds such reads statically: for each module of the product, each imported value read by
 * top-level code (outside any function body), it asks whether the imported module's value
 * imports lead back to the module.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface LoadOrderHazard {
  /** `file:line` of the top-level read. */
  at: string;
  name: string;
  /** The import chain from the imported module back to the reader. */
  cycle: string[];
}

export class ModuleGraph {
  private readonly sources = new Map<string, ts.SourceFile>();

  constructor(private readonly root: string) {}

  source(file: string): ts.SourceFile {
    let sf = this.sources.get(file);
    if (!sf) {
      sf = ts.createSourceFile(file, readFileSync(path.join(this.root, file), 'utf8'), ts.ScriptTarget.Latest, true);
      this.sources.set(file, sf);
    }
    return sf;
  }

  /** The repository file an import names (`@/` is the root), or undefined for a package. */
  resolve(from: string, specifier: string): string | undefined {
    let base: string;
    if (specifier.startsWith('@/')) base = specifier.slice(2);
    else if (specifier.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
    else return undefined;
    base = base.replace(/\.js$/, '');
    return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((candidate) => existsSync(path.join(this.root, candidate)));
  }

  /** What loading `file` loads first: its value imports and re-exports (type-only ones are erased). */
  valueImports(file: string): string[] {
    const out: string[] = [];
    for (const statement of this.source(file).statements) {
      let specifier: ts.Expression | undefined;
      if (ts.isImportDeclaration(statement)) {
        const clause = statement.importClause;
        if (clause?.isTypeOnly) continue;
        const named = clause?.namedBindings;
        if (clause && !clause.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)) continue;
        specifier = statement.moduleSpecifier;
      } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
        const named = statement.exportClause;
        if (named && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)) continue;
        specifier = statement.moduleSpecifier;
      }
      const target = specifier && ts.isStringLiteral(specifier) ? this.resolve(file, specifier.text) : undefined;
      if (target) out.push(target);
    }
    return out;
  }

  /** The shortest value-import chain from `from` to `to`, if there is one. */
  chain(from: string, to: string): string[] | undefined {
    const previous = new Map<string, string | null>([[from, null]]);
    const queue = [from];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (file === to) {
        const path: string[] = [];
        for (let at: string | null = file; at !== null; at = previous.get(at) ?? null) path.unshift(at);
        return path;
      }
      for (const next of this.valueImports(file)) {
        if (!previous.has(next)) {
          previous.set(next, file);
          queue.push(next);
        }
      }
    }
    return undefined;
  }
}

/** Imported values that `file`'s top-level code reads, with where. */
function topLevelReads(graph: ModuleGraph, file: string): Array<{ name: string; from: string; line: number }> {
  const sf = graph.source(file);
  const imported = new Map<string, string>();
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause || statement.importClause.isTypeOnly) continue;
    const target = ts.isStringLiteral(statement.moduleSpecifier) ? graph.resolve(file, statement.moduleSpecifier.text) : undefined;
    if (!target) continue;
    if (statement.importClause.name) imported.set(statement.importClause.name.text, target);
    const named = statement.importClause.namedBindings;
    if (named && ts.isNamedImports(named)) for (const element of named.elements) if (!element.isTypeOnly) imported.set(element.name.text, target);
    if (named && ts.isNamespaceImport(named)) imported.set(named.name.text, target);
  }
  const reads: Array<{ name: string; from: string; line: number }> = [];
  const visit = (node: ts.Node): void => {
    // A function body runs when called, after every module has loaded.
    if (ts.isFunctionLike(node) || ts.isTypeNode(node)) return;
    if (ts.isIdentifier(node) && imported.has(node.text)) {
      const parent = node.parent;
      const isName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node);
      if (!isName) reads.push({ name: node.text, from: imported.get(node.text)!, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of sf.statements) {
    if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) || ts.isFunctionDeclaration(statement)) continue;
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) continue;
    visit(statement);
  }
  return reads;
}

export function loadOrderHazards(root: string, files: string[]): LoadOrderHazard[] {
  const graph = new ModuleGraph(root);
  const hazards: LoadOrderHazard[] = [];
  for (const file of files) {
    for (const read of topLevelReads(graph, file)) {
      const cycle = graph.chain(read.from, file);
      if (cycle) hazards.push({ at: `${file}:${read.line}`, name: read.name, cycle });
    }
  }
  return hazards;
}
