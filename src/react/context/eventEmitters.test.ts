/**
 * The types promise partners events and `onError` reasons: each event type of `KycEvent` and each
 * `ErrorDuring` value must have an emitter in the widget's sources, or it is a promise nobody keeps.
 * The TypeScript checker reads the sources under src/react (tests left out): an event type counts as
 * emitted when some `emit(…)` call's argument can be of that type (so `emit(cond ? a : b)` and
 * `emit(consentEvent(…))` count); a `during` value counts when some `report.failed(error, …)` call's
 * second argument can be that value.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ERROR_DURING } from './callbacks';

// A string, not `new URL`: in the jsdom environment the global URL is jsdom's, which node:url refuses.
const REACT_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
const EVENTS_FILE = join(REACT_DIR, 'context', 'events.ts');
const CALLBACKS_FILE = join(REACT_DIR, 'context', 'callbacks.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|stories)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The string literal values a type can take (each member of a union). */
function literals(type: ts.Type): string[] {
  const members = type.isUnion() ? type.types : [type];
  return members.flatMap((member) => (member.isStringLiteral() ? [member.value] : []));
}

/** The values of the `type` property across the members of an (event) type. */
function eventTypes(checker: ts.TypeChecker, type: ts.Type): string[] {
  const members = type.isUnion() ? type.types : [type];
  return members.flatMap((member) => {
    const property = member.getProperty('type');
    return property ? literals(checker.getTypeOfSymbol(property)) : [];
  });
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

function analyse() {
  const files = sourceFiles(REACT_DIR);
  const program = ts.createProgram(files, {
    strict: true,
    jsx: ts.JsxEmit.ReactJSX,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();

  const typeAlias = (file: string, name: string): ts.Type => {
    const alias = program
      .getSourceFile(file)
      ?.statements.find(
        (statement): statement is ts.TypeAliasDeclaration =>
          ts.isTypeAliasDeclaration(statement) && statement.name.text === name,
      );
    if (!alias) throw new Error(`${name} not found in ${file}`);
    return checker.getTypeAtLocation(alias.name);
  };
  const declared = eventTypes(checker, typeAlias(EVENTS_FILE, 'KycEvent'));
  const errorDuring = literals(typeAlias(CALLBACKS_FILE, 'ErrorDuring'));

  const emitted = new Set<string>();
  const reported = new Set<string>();
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const name = calleeName(node);
        const [first, second] = node.arguments;
        if (name === 'emit' && first)
          for (const type of eventTypes(checker, checker.getTypeAtLocation(first))) emitted.add(type);
        if (name === 'failed' && second)
          for (const during of literals(checker.getTypeAtLocation(second))) reported.add(during);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { declared, errorDuring, emitted, reported };
}

describe('the promises of the event and error types', () => {
  const { declared, errorDuring, emitted, reported } = analyse();

  it('given the KycEvent union / should find its event types (the check reads the types right)', () => {
    expect(declared).toEqual(expect.arrayContaining(['answers_saved', 'save_failed', 'error', 'liveness_completed']));
  });

  it('given the ErrorDuring type / should list each of its values in ERROR_DURING', () => {
    expect([...ERROR_DURING].sort()).toEqual([...errorDuring].sort());
  });

  it('given every KycEvent type / should have an emit(…) call that can send it', () => {
    expect(declared.filter((type) => !emitted.has(type))).toEqual([]);
  });

  it('given every ErrorDuring value / should have a report.failed(…) call that reports it', () => {
    expect(ERROR_DURING.filter((during) => !reported.has(during))).toEqual([]);
  });
});
