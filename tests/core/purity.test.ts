import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * House rule 1: core/ is pure. It runs unchanged in the renderer, the main process, the CLI and
 * tests, so it may import neither a runtime (Electron, Node built-ins, the DOM) nor a UI library.
 */
const FORBIDDEN_MODULES = [
  /^electron(\/|$)/,
  /^react(-dom)?(\/|$)/,
  /^prosemirror-/,
  /^node:/,
  /^(fs|path|os|crypto|child_process|http|https|url|util|stream|buffer)(\/|$)/,
];
const FORBIDDEN_GLOBALS = new Set([
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'process',
  'require',
  'Buffer',
  '__dirname',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Module specifiers and forbidden global identifiers used by one file, found on its syntax tree. */
export function violations(fileName: string, code: string): string[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const checkModule = (specifier: string) => {
    if (FORBIDDEN_MODULES.some((pattern) => pattern.test(specifier)))
      found.push(`imports "${specifier}"`);
  };
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      checkModule(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) checkModule(argument.text);
    } else if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        ts.isPropertySignature(parent);
      if (!isPropertyName) found.push(`uses global "${node.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('core/ stays pure', () => {
  const root = join(import.meta.dirname, '..', '..', 'core');
  const files = sourceFiles(root);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [relative(root, file), file]))(
    '%s imports no runtime and touches no DOM',
    (_name, file) => {
      expect(violations(file, readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  it.each([
    ["import { app } from 'electron';", 'imports "electron"'],
    ["import { readFile } from 'node:fs/promises';", 'imports "node:fs/promises"'],
    ["import fs from 'fs';", 'imports "fs"'],
    ["export { useState } from 'react';", 'imports "react"'],
    ["import { EditorView } from 'prosemirror-view';", 'imports "prosemirror-view"'],
    ["const m = await import('electron');", 'imports "electron"'],
    ['const title = document.title;', 'uses global "document"'],
    ['window.alert(1);', 'uses global "window"'],
    ['const argv = process.argv;', 'uses global "process"'],
  ])('the guard catches %s', (code, message) => {
    expect(violations('case.ts', code)).toContain(message);
  });

  it.each([
    ["import { diff } from 'diff';"],
    ['const o = { window: 1 }; o.window;'],
    ["import { z } from 'zod';"],
  ])('the guard allows %s', (code) => {
    expect(violations('case.ts', code)).toEqual([]);
  });
});
