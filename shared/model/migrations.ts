import { SCHEMA_VERSION } from './notebook';

/**
 * Each step takes a file at version N and returns it at version N + 1. Steps work on plain
 * JSON so they never depend on today's schemas; the result is parsed by the caller.
 */
export type MigrationStep = (file: Record<string, unknown>) => Record<string, unknown>;

export type FileKind = 'notebook' | 'source' | 'brief';

/** Keyed by the version a step upgrades from. Empty while the schema is at version 1. */
export const migrations: Record<FileKind, Record<number, MigrationStep>> = {
  notebook: {},
  source: {},
  brief: {},
};

export class SchemaVersionError extends Error {
  constructor(
    message: string,
    readonly found: unknown,
  ) {
    super(message);
    this.name = 'SchemaVersionError';
  }
}

/** Brings a file read from disk up to SCHEMA_VERSION, or says why it cannot. */
export function migrate(
  kind: FileKind,
  raw: unknown,
  steps: Record<number, MigrationStep> = migrations[kind],
  target: number = SCHEMA_VERSION,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new SchemaVersionError(`the ${kind} file is not a JSON object`, raw);
  }
  let file = raw as Record<string, unknown>;
  let version = file['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new SchemaVersionError(`the ${kind} file has no valid schemaVersion`, version);
  }
  if (version > target) {
    throw new SchemaVersionError(
      `the ${kind} file was written by a newer Parley (schema ${version}; this version reads up to ${target})`,
      version,
    );
  }
  while (version < target) {
    const step = steps[version];
    if (!step) throw new SchemaVersionError(`no migration from ${kind} schema ${version}`, version);
    file = { ...step(file), schemaVersion: version + 1 };
    version += 1;
  }
  return file;
}
