import { z } from 'zod';
import {
  Annotation,
  AnnotationFields,
  BoilerplateSpan,
  Brief,
  BriefFields,
  BriefMeta,
  Entity,
  EntityFields,
  LinkRole,
  Proposal,
  ProposalFields,
  RecordId,
  RichText,
  Source,
  SourceFields,
  SourceMeta,
} from '../model';
import { Comparison, Coverage, ProposalTimeline, TermsTable } from '../compare/types';
import { SearchRequest, SearchResults } from '../search/types';
import { patchOf } from './patch';
import { BackupInfo, CheckReport, NotebookProblem, RecentNotebook } from './upkeep';

const ById = z.object({ id: RecordId });
const Deleted = z.object({ id: RecordId });
/** Optional optimistic check: the write fails with `conflict` if the record moved on. */
const ExpectedRev = z.number().int().min(1).optional();

function update<S extends z.ZodRawShape>(fields: z.ZodObject<S>) {
  return z.object({ id: RecordId, fields: patchOf(fields), rev: ExpectedRev });
}

/** The formats a brief or an annotated source can be exported to. */
export const ExportFormat = z.enum(['md', 'html', 'docx', 'pdf']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** An exported document, ready to be written where the user chose. */
export const ExportedFile = z.object({ fileName: z.string(), mediaType: z.string(), dataBase64: z.base64() });
export type ExportedFile = z.infer<typeof ExportedFile>;

function op<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res, summary: string) {
  return { request, response, summary };
}

/** What importing one file or one pasted text did. */
export const SimilarSource = z.object({
  id: RecordId,
  title: z.string(),
  /** 0..1: the share of the two texts' word shingles they have in common. */
  similarity: z.number().min(0).max(1),
});
export type SimilarSource = z.infer<typeof SimilarSource>;

export const ImportOutcome = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('imported'),
    source: SourceMeta,
    /** Outlet furniture found in the text, proposed for trimming (nothing is removed yet). */
    boilerplate: z.array(BoilerplateSpan),
    /** Sources already in the notebook that look like the same article with small differences. */
    similar: z.array(SimilarSource),
  }),
  z.object({ status: z.literal('duplicate'), existingId: RecordId, title: z.string() }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

/** What happened to a source's annotations when its text changed. */
export const ReanchorReport = z.object({
  /** Found at the same place. */
  anchored: z.number().int().min(0),
  /** Found, exactly, elsewhere in the new text. */
  moved: z.number().int().min(0),
  /** Found by approximate matching: the words changed a little. */
  fuzzy: z.number().int().min(0),
  /** Not found: kept with their old quote, to be re-attached by hand. */
  orphaned: z.number().int().min(0),
  orphans: z.array(z.object({ id: RecordId, quote: z.string() })),
});
export type ReanchorReport = z.infer<typeof ReanchorReport>;

export const NewVersionOutcome = z.object({ source: Source, report: ReanchorReport });
export type NewVersionOutcome = z.infer<typeof NewVersionOutcome>;

export const AnnotationExport = z.object({
  format: z.enum(['w3c', 'csv']),
  /** A suggested file name, e.g. "annotations.jsonld". */
  fileName: z.string(),
  mediaType: z.string(),
  content: z.string(),
});
export type AnnotationExport = z.infer<typeof AnnotationExport>;

export const AnnotationImportReport = z.object({
  imported: z.number().int().min(0),
  /** Already in the notebook with the same id: left as they are. */
  unchanged: z.number().int().min(0),
  failed: z.array(z.object({ id: z.string().nullable(), message: z.string() })),
});
export type AnnotationImportReport = z.infer<typeof AnnotationImportReport>;

/** A span of a source's current text (UTF-16 offsets). */
export const TextSpan = z.object({
  sourceId: RecordId,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  text: z.string(),
});
export type TextSpan = z.infer<typeof TextSpan>;

/** Everything the notebook knows of one entity's mentions across every source. */
export const EntityMentions = z.object({
  linked: z.array(z.object({ annotationId: RecordId, sourceId: RecordId, start: z.number().int(), end: z.number().int(), quote: z.string() })),
  /** Its name or an alias in a source, not linked yet (and not ignored). */
  unlinked: z.array(TextSpan),
  /** Names close to its name or an alias but not equal: possible misspellings. */
  nearMisses: z.array(TextSpan.extend({ closestAlias: z.string(), distance: z.number().int().min(1) })),
});
export type EntityMentions = z.infer<typeof EntityMentions>;

/** What a merge changed, exactly as it was before, so it can be undone. */
export const MergeUndo = z.object({
  survivorBefore: Entity,
  merged: Entity,
  annotationsBefore: z.array(Annotation),
  proposalsBefore: z.array(Proposal),
  /** Record chips in briefs the merge re-pointed at the survivor (child-index path, label before). Absent in undos made before briefs followed merges. */
  briefChips: z
    .array(z.object({ briefId: RecordId, chips: z.array(z.object({ path: z.array(z.number().int().min(0)), label: z.string() })) }))
    .optional(),
});
export type MergeUndo = z.infer<typeof MergeUndo>;

/** A candidate entity found in a source by language analysis; nothing is created until the researcher says so. */
export const EntitySuggestion = z.object({
  text: z.string(),
  kind: z.enum(['person', 'organisation', 'place']),
  count: z.number().int().min(1),
  /** The first occurrence, so the reader can show it. */
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  /** An existing entity with this name or alias, to link to instead of creating. */
  existingId: RecordId.nullable(),
});
export type EntitySuggestion = z.infer<typeof EntitySuggestion>;

export const NotebookInfo = z.object({
  id: RecordId,
  title: z.string(),
  path: z.string(),
  schemaVersion: z.number().int(),
  counts: z.object({
    sources: z.number().int(),
    entities: z.number().int(),
    proposals: z.number().int(),
    annotations: z.number().int(),
    briefs: z.number().int(),
  }),
});
export type NotebookInfo = z.infer<typeof NotebookInfo>;

/**
 * What the app shows: the open notebook, or none yet (welcome), or one that could not be
 * opened (`problem`, with its backups); the recent list; which door is in use.
 */
export const AppState = z.object({
  door: z.enum(['desktop', 'browser']),
  notebook: NotebookInfo.nullable(),
  problem: NotebookProblem.nullable(),
  recent: z.array(RecentNotebook),
  /** Where new notebooks go unless the person picks a folder (e.g. ~/Documents/Parley). */
  notebooksFolder: z.string(),
  /** No notebook has ever been opened on this machine: show the welcome. */
  firstRun: z.boolean(),
});
export type AppState = z.infer<typeof AppState>;

/** A path typed or picked by the person; `~` is expanded by the engine. */
const NotebookPath = z
  .string()
  .trim()
  .min(1)
  .max(4096)
  // No file system takes a NUL in a name; Node throws on one rather than failing the call.
  .refine((path) => !path.includes('\0'), 'a folder path cannot contain a NUL character');

/** Files cross the boundary as base64 so every door (IPC, HTTP, CLI) carries bytes alike. */
export const ImportFileRequest = z.object({
  fileName: z.string().trim().min(1).max(1000),
  dataBase64: z.base64(),
});

export const CreateAnnotationRequest = AnnotationFields.extend({
  sourceId: RecordId,
  /** UTF-16 offsets into the source's current text. */
  start: z.number().int().min(0),
  end: z.number().int().min(1),
}).refine((r) => r.end > r.start, { message: 'end must be after start', path: ['end'] });

/**
 * The one API of the notebook engine. The preload, the IPC binding, the browser host, the
 * renderer's ApiClient and the CLI are all built from this object.
 */
export const contract = {
  'app.state': op(z.object({}), AppState, 'What is open, what was open recently, and what went wrong opening'),
  'notebooks.create': op(
    z.object({ title: z.string().trim().min(1).max(200), path: NotebookPath.optional() }),
    AppState,
    'Create a notebook (in the notebooks folder unless a path is given) and open it',
  ),
  'notebooks.open': op(z.object({ path: NotebookPath }), AppState, 'Open the notebook at a path'),
  'notebooks.openSample': op(z.object({}), AppState, 'Open the sample notebook, creating it the first time'),
  'notebooks.close': op(z.object({}), AppState, 'Close the open notebook'),
  'notebooks.forget': op(z.object({ path: NotebookPath }), AppState, 'Remove a notebook from the recent list (its files are kept)'),
  'notebooks.choose': op(
    z.object({ purpose: z.enum(['open', 'create']) }),
    z.object({ path: z.string().nullable() }),
    'Ask for a notebook folder with the system’s dialog (desktop only; null when cancelled)',
  ),
  'notebooks.importBundle': op(
    ImportFileRequest.extend({ path: NotebookPath.optional() }),
    AppState,
    'Make a new notebook from a notebook bundle (.zip) and open it',
  ),
  'notebooks.restore': op(
    z.object({ path: NotebookPath, backupId: z.string().optional() }),
    z.object({ state: AppState, restored: BackupInfo, setAside: z.string() }),
    'Replace a notebook’s files with a backup (the newest good one unless named); the files replaced are moved aside, never deleted',
  ),

  'app.log': op(
    z.object({
      level: z.enum(['error', 'warning', 'info']),
      message: z.string().max(10_000),
      stack: z.string().max(50_000).optional(),
    }),
    z.object({}),
    'Write a line to the app’s log file (the page’s own errors; people never see stack traces)',
  ),

  'notebook.info': op(z.object({}), NotebookInfo, 'The open notebook: where it is and how much it holds'),
  'notebook.check': op(
    z.object({ repair: z.boolean().default(false) }),
    CheckReport,
    'Check every file, reference and anchor of the open notebook; with repair, fix what is safe to fix',
  ),
  'notebook.exportBundle': op(z.object({}), ExportedFile, 'The whole notebook as one .zip that imports back losslessly'),
  'backups.list': op(z.object({}), z.array(BackupInfo), 'The open notebook’s backups, newest first'),
  'backups.create': op(z.object({}), BackupInfo, 'Back up the open notebook now'),

  'sources.list': op(z.object({}), z.array(SourceMeta), 'Every source, without texts'),
  'sources.get': op(ById, Source, 'One source with its text versions'),
  'sources.export': op(
    z.object({ id: RecordId, format: ExportFormat }),
    ExportedFile,
    'Export a source’s current text with its highlights, linked records and comments as footnotes',
  ),
  'sources.importFile': op(ImportFileRequest, ImportOutcome, 'Import one file (.txt, .md, .html, .pdf, .docx)'),
  'sources.importText': op(
    z.object({ text: z.string(), title: z.string().trim().min(1).optional() }),
    ImportOutcome,
    'Import pasted text',
  ),
  'sources.update': op(update(SourceFields), SourceMeta, 'Change a source’s metadata'),
  'sources.boilerplate': op(ById, z.array(BoilerplateSpan), 'Outlet furniture proposed for trimming from the current text'),
  'sources.trim': op(
    z.object({
      id: RecordId,
      spans: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(1) })).min(1),
      rev: ExpectedRev,
    }),
    Source,
    'Remove spans (accepted boilerplate) as a new text version; earlier versions are kept',
  ),
  'sources.editText': op(
    z.object({ id: RecordId, text: z.string(), rev: ExpectedRev }),
    NewVersionOutcome,
    'Save an edited text as a new version and re-anchor the annotations',
  ),
  'sources.importVersion': op(
    ImportFileRequest.extend({ id: RecordId, rev: ExpectedRev }),
    NewVersionOutcome,
    'Import an updated article as a new version of an existing source and re-anchor the annotations',
  ),
  'sources.delete': op(ById, Deleted, 'Delete a source and its annotations'),

  'entities.list': op(z.object({}), z.array(Entity), 'Every entity'),
  'entities.get': op(ById, Entity, 'One entity'),
  'entities.create': op(EntityFields, Entity, 'Create an entity'),
  'entities.update': op(update(EntityFields), Entity, 'Change an entity'),
  'entities.delete': op(ById, Deleted, 'Delete an entity; its links are removed from annotations and proposals'),
  'entities.deleteImpact': op(
    ById,
    z.object({ annotations: z.number().int(), proposals: z.number().int() }),
    'What deleting an entity would unlink, to say so before it happens',
  ),
  'entities.merge': op(
    z.object({ survivorId: RecordId, mergedId: RecordId }),
    z.object({ survivor: Entity, undo: MergeUndo }),
    'Merge one entity into another: links and aliases move to the survivor',
  ),
  'entities.undoMerge': op(z.object({ undo: MergeUndo }), z.object({ survivor: Entity, merged: Entity }), 'Undo a merge exactly'),
  'entities.mentions': op(ById, EntityMentions, 'Linked mentions, unlinked mentions and possible misspellings of an entity'),
  'entities.linkMentions': op(
    z.object({ id: RecordId, mentions: z.array(TextSpan).min(1), role: LinkRole.default('mention') }),
    z.array(Annotation),
    'Link unlinked mentions to the entity (Link, Link all)',
  ),
  'entities.ignoreMention': op(z.object({ id: RecordId, mention: TextSpan }), Entity, 'Remember that a mention is not this entity'),
  'entities.ignoreName': op(z.object({ id: RecordId, name: z.string().trim().min(1) }), Entity, 'Remember that a near-miss name is someone else'),
  'sources.suggestions': op(ById, z.array(EntitySuggestion), 'People, organisations and places found in a source, for the researcher to create or link'),

  'proposals.list': op(z.object({}), z.array(Proposal), 'Every proposal'),
  'proposals.get': op(ById, Proposal, 'One proposal'),
  'proposals.create': op(ProposalFields, Proposal, 'Create a proposal'),
  'proposals.update': op(update(ProposalFields), Proposal, 'Change a proposal'),
  'proposals.delete': op(ById, Deleted, 'Delete a proposal'),

  'annotations.list': op(z.object({ sourceId: RecordId }), z.array(Annotation), 'A source’s annotations in text order'),
  'annotations.get': op(ById, Annotation, 'One annotation'),
  'annotations.create': op(CreateAnnotationRequest, Annotation, 'Annotate a span of a source’s current text'),
  'annotations.update': op(update(AnnotationFields), Annotation, 'Change an annotation’s links, comment or tags'),
  'annotations.delete': op(ById, Deleted, 'Delete an annotation'),
  'annotations.restore': op(z.object({ annotation: Annotation }), Annotation, 'Put back a deleted annotation (undo)'),
  'annotations.reattach': op(
    z.object({ id: RecordId, start: z.number().int().min(0), end: z.number().int().min(1), rev: ExpectedRev }).refine(
      (r) => r.end > r.start,
      { message: 'end must be after start', path: ['end'] },
    ),
    Annotation,
    'Attach an annotation (usually an orphan) to a new span of the current text',
  ),
  'annotations.find': op(
    z.object({ query: z.string().max(500).default(''), limit: z.number().int().min(1).max(200).default(30) }),
    z.array(Annotation),
    'Annotations across every source whose quote, comment or tags contain every word of the query, newest first (to cite them)',
  ),
  'annotations.export': op(
    z.object({ format: z.enum(['w3c', 'csv']), sourceIds: z.array(RecordId).optional() }),
    AnnotationExport,
    'Export annotations as W3C Web Annotation JSON-LD or CSV',
  ),
  'annotations.import': op(z.object({ content: z.string() }), AnnotationImportReport, 'Import W3C Web Annotation JSON-LD'),

  'briefs.list': op(z.object({}), z.array(BriefMeta), 'Every brief, without its document'),
  'briefs.get': op(ById, Brief, 'One brief with its document'),
  'briefs.create': op(BriefFields, Brief, 'Create an empty brief'),
  'briefs.update': op(
    z.object({ id: RecordId, fields: patchOf(BriefFields).extend({ content: RichText.optional() }), rev: ExpectedRev }),
    Brief,
    'Change a brief’s title or document',
  ),
  'briefs.delete': op(ById, Deleted, 'Delete a brief'),
  'briefs.draft': op(
    z.object({
      title: z.string().trim().min(1).max(1000).optional(),
      /** Start from a record's facts, each followed by its evidence citations. */
      from: z.object({ kind: z.enum(['entity', 'proposal']), id: RecordId }).optional(),
      /** Annotations cited after the record's facts, one paragraph each. */
      cite: z.array(RecordId).default([]),
    }),
    Brief,
    'Create a brief with a first draft: a record’s facts with their citations, and any annotations asked for',
  ),
  'briefs.export': op(
    z.object({ id: RecordId, format: ExportFormat }),
    ExportedFile,
    'Export a brief as Markdown, self-contained HTML, DOCX or PDF, citations as footnotes',
  ),
  'briefs.health': op(
    ById,
    z.object({
      exact: z.number().int().min(0),
      drifted: z.array(z.object({ annotationId: RecordId, cited: z.string(), current: z.string() })),
      orphaned: z.array(z.object({ annotationId: RecordId, cited: z.string() })),
    }),
    'Is every quote in the brief still what its source says?',
  ),

  'search.query': op(
    SearchRequest,
    SearchResults,
    'Full-text search over sources, annotations, entities, proposals and briefs, with filters; each hit says where to land',
  ),

  'compare.sources': op(
    z.object({ sourceIds: z.array(RecordId).min(2).max(20) }).refine((r) => new Set(r.sourceIds).size === r.sourceIds.length, {
      message: 'a source may be compared only once',
      path: ['sourceIds'],
    }),
    Comparison,
    'Compare sources: passages they share (verbatim or nearly), passages only one has, and which records each mentions',
  ),
  'compare.coverage': op(
    z.object({ sourceIds: z.array(RecordId).optional() }),
    Coverage,
    'Records × sources (every source when none are named): how many mentions each source has of each record',
  ),
  'compare.terms': op(
    z.object({ proposalId: RecordId, sourceIds: z.array(RecordId).optional() }),
    TermsTable,
    'A proposal’s terms as each source words them, with disagreeing numbers and durations flagged',
  ),
  'compare.timeline': op(
    z.object({ proposalId: RecordId }),
    ProposalTimeline,
    'A proposal’s status events by date, with which sources reported each and when they were published',
  ),
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export const operationNames = Object.keys(contract) as OperationName[];

/** What a caller sends (defaults not yet applied). */
export type RequestOf<K extends OperationName> = z.input<Contract[K]['request']>;
/** What a handler receives, after parsing. */
export type ParsedRequestOf<K extends OperationName> = z.output<Contract[K]['request']>;
export type ResponseOf<K extends OperationName> = z.output<Contract[K]['response']>;

/** Operations of the app around the notebook; every other operation needs an open notebook. */
export const sessionOperationNames = [
  'app.state',
  'app.log',
  'notebooks.create',
  'notebooks.open',
  'notebooks.openSample',
  'notebooks.close',
  'notebooks.forget',
  'notebooks.choose',
  'notebooks.importBundle',
  'notebooks.restore',
] as const satisfies readonly OperationName[];
export type SessionOperationName = (typeof sessionOperationNames)[number];
export type NotebookOperationName = Exclude<OperationName, SessionOperationName>;

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
