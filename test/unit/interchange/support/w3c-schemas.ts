import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';

const REPO_ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

/** The W3C Web Annotation test suite, checked out beside the repository (DOMAIN.md, Interchange). */
export const W3C_TESTS = path.resolve(REPO_ROOT, '..', 'shared', 'conformance', 'w3c-web-annotation-tests');

export interface MustAssertion {
  /** The assertion file, relative to the suite, e.g. "annotations/3.1-annotationIdValidated.json". */
  file: string;
  title: string;
  validate: ValidateFunction;
}

export function w3cTestsPresent(): boolean {
  return existsSync(path.join(W3C_TESTS, 'annotations', 'annotationMusts.test'));
}

/**
 * Every assertion `annotationMusts.test` lists, compiled against the suite's shared
 * definitions. The suite's test runner treats each as a schema an annotation must satisfy
 * (`assertionType: must`, `expectedResult: valid`); ajv resolves their `id.json#/…`
 * references by the definitions' own ids.
 */
export function mustAssertions(): MustAssertion[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The suite relies on two formats; ajv-formats is not a dependency, and these two are small.
  ajv.addFormat('uri', (value: string) => /^[a-z][a-z0-9+.-]*:[^\s"<>\\^`{|}]*$/i.test(value));
  ajv.addFormat('date-time', (value: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value) && !Number.isNaN(Date.parse(value)),
  );
  const definitions = path.join(W3C_TESTS, 'definitions');
  for (const file of readdirSync(definitions).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(readJson(path.join(definitions, file)) as object);
  }
  const list = readJson(path.join(W3C_TESTS, 'annotations', 'annotationMusts.test')) as { assertions: string[] };
  return list.assertions.map((file) => {
    const schema = readJson(path.join(W3C_TESTS, file)) as { title?: string; assertionType?: string; expectedResult?: string };
    if (schema.assertionType !== 'must' || schema.expectedResult !== 'valid') {
      throw new Error(`${file}: expected a "must … valid" assertion, found ${schema.assertionType} … ${schema.expectedResult}`);
    }
    return { file, title: schema.title ?? file, validate: ajv.compile(schema) };
  });
}

/** The MUST assertions `annotation` fails, each with ajv's reasons. */
export function failedMusts(assertions: readonly MustAssertion[], annotation: unknown): string[] {
  return assertions
    .filter((a) => !a.validate(annotation))
    .map((a) => `${a.file}: ${(a.validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
}

export function sampleAnnotations(kind: 'correct' | 'incorrect'): Array<{ file: string; json: unknown }> {
  const folder = path.join(W3C_TESTS, 'tools', 'samples', kind);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .flatMap((file) => {
      try {
        return [{ file, json: JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as unknown }];
      } catch {
        return []; // Some incorrect samples are not JSON at all; nothing for a schema to say.
      }
    });
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}
