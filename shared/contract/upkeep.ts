import { z } from 'zod';
import { ErrorCode } from './result';

/**
 * Shapes for keeping a notebook safe and for the app around it: backups, the check,
 * the list of notebooks a person has opened, and what the app shows before a notebook
 * is open (welcome, or a damaged notebook and the backups that can replace it).
 */

/** Why a backup was taken: on open, after some minutes of editing, on request, or just before a restore replaced the files. */
export const BackupReason = z.enum(['open', 'editing', 'manual', 'before-restore']);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupInfo = z.object({
  /** Sortable and unique: the UTC time it was taken, e.g. 2026-11-22T18-30-05-123Z. */
  id: z.string().regex(/^[0-9TZ-]+$/),
  createdAt: z.iso.datetime(),
  reason: BackupReason,
  /** Files the backup holds (notebook.json, sources, briefs). */
  files: z.number().int().min(0),
  /** Their size when restored, in bytes. */
  bytes: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const CheckSeverity = z.enum(['error', 'warning']);
export const CheckProblemKind = z.enum([
  /** A file that does not parse or does not match its schema. */
  'damaged-file',
  /** A file the notebook lists but that is not there. */
  'missing-file',
  /** A file in the folder that no record owns (e.g. a source file notebook.json does not list). */
  'orphaned-file',
  /** A temp file left by an interrupted write. */
  'leftover-temp-file',
  /** A record pointing at a record that does not exist (annotation → source, link → entity, citation → annotation). */
  'broken-reference',
  /** An annotation whose stored state disagrees with its text (quote not at its offsets, offsets out of range, status wrong). */
  'anchoring',
  /** Two records with the same id, or other contradictions inside one file. */
  'inconsistent',
]);
export type CheckProblemKind = z.infer<typeof CheckProblemKind>;

export const CheckProblem = z.object({
  severity: CheckSeverity,
  kind: CheckProblemKind,
  /** Relative to the notebook folder, with forward slashes, e.g. sources/abc.json. */
  file: z.string(),
  recordId: z.string().optional(),
  message: z.string(),
  /** True when `--repair` can fix it without losing anything a person wrote. */
  repairable: z.boolean(),
});
export type CheckProblem = z.infer<typeof CheckProblem>;

export const CheckReport = z.object({
  /** No errors (warnings allowed). */
  ok: z.boolean(),
  checked: z.object({
    files: z.number().int().min(0),
    sources: z.number().int().min(0),
    annotations: z.number().int().min(0),
    briefs: z.number().int().min(0),
  }),
  problems: z.array(CheckProblem),
  /** What `--repair` did, one sentence each; empty without --repair. */
  repaired: z.array(z.string()),
});
export type CheckReport = z.infer<typeof CheckReport>;

export const RecentNotebook = z.object({
  path: z.string(),
  title: z.string(),
  openedAt: z.iso.datetime(),
  /** False when the folder is no longer there (moved, deleted, an unplugged drive). */
  available: z.boolean(),
});
export type RecentNotebook = z.infer<typeof RecentNotebook>;

/** A notebook that could not be opened, with what can be done about it. */
export const NotebookProblem = z.object({
  path: z.string(),
  code: ErrorCode,
  message: z.string(),
  /** The damaged file, when one is to blame. */
  file: z.string().nullable(),
  /** Newest first; empty when there is nothing to restore from. */
  backups: z.array(BackupInfo),
});
export type NotebookProblem = z.infer<typeof NotebookProblem>;
