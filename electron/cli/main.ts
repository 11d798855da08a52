import { Command, CommanderError, Option } from 'commander';
import { ParleyError } from '../../shared/contract';
import { LinkRole } from '../../shared/model';
import { SearchKind } from '../../shared/search';
import { Output } from './output';
import { annotate, type AnnotateOptions } from './commands/annotate';
import { importSources } from './commands/import';
import { compareSources } from './commands/compare';
import { searchNotebook, type SearchOptions } from './commands/search';
import { BRIEF_FORMATS, exportBriefFile, listBriefs, newBrief, type NewBriefOptions } from './commands/brief';
import { importVersion } from './commands/import-version';
import { DOCUMENT_FORMATS, exportSourceFile, type DocumentExportOptions } from './commands/export-source';
import { EXPORT_FORMATS, exportAnnotations, importAnnotations, type ExportOptions } from './commands/interchange';
import { LISTABLE, listRecords } from './commands/list';
import { SHOWABLE, showRecord } from './commands/show';
import { serve } from './commands/serve';
import { registerBackupCommands } from './commands/backup';
import { registerBundleCommands } from './commands/bundle';
import { registerCheckCommand } from './commands/check';
import { collect, registerRecordCommands, type Action } from './record-commands';
import type { GlobalOptions } from './session';


/** Runs `parley` with these arguments and gives the exit status: 0 ok, 1 failed, 2 misused. */
export async function main(argv: string[]): Promise<number> {
  let status = 0;
  const program = new Command('parley')
    .description('Parley: an offline research notebook for following negotiations across sources.')
    .option('--notebook <path>', 'notebook folder (default: $PARLEY_NOTEBOOK, else ~/Documents/Parley/Notebook.parley)')
    .option('--json', 'print machine-readable JSON on stdout')
    .showHelpAfterError()
    .exitOverride();

  // Every command reaches the same error handling: a sentence on stderr, never a stack.
  const run = (action: Action) => async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const options = command.optsWithGlobals() as GlobalOptions;
    const output = new Output(Boolean(options.json));
    try {
      status = await action(output, options, command);
    } catch (error) {
      if (!(error instanceof ParleyError)) throw error;
      output.error({ code: error.code, message: error.message });
      status = error.code === 'bad-request' ? 2 : 1;
    }
  };

  program
    .command('serve')
    .description('serve the notebook to your browser on 127.0.0.1 (prints the address with its access token)')
    .option('--port <n>', 'port to listen on (default: any free port)')
    .action(run((output, options) => serve(options, output)));

  program
    .command('import')
    .description('import articles (.txt, .md, .html, .pdf, .docx) as sources')
    .argument('[files...]', 'files to import')
    .option('--paste', 'import text read from standard input instead of files')
    .option('--title <title>', 'with --paste: the title to give it')
    .option('--version-of <id>', 'import the one file as a new version of this source, re-anchoring its annotations')
    .action(run((output, options) => {
      const files = (commandArgs(program, 'import')[0] as string[] | undefined) ?? [];
      const { versionOf } = options as { versionOf?: string };
      if (versionOf === undefined) return importSources(files, options, output);
      if (files.length !== 1 || (options as { paste?: boolean }).paste) {
        throw new ParleyError('bad-request', 'With --version-of, name exactly one file (the updated article).');
      }
      return importVersion(files[0]!, versionOf, options, output);
    }));

  program
    .command('annotate')
    .description('annotate a quote in a source’s current text, linked to existing entities and proposals')
    .argument('<source-id>', 'the source to annotate')
    .requiredOption('--quote <text>', 'the words to annotate, exactly as in the text')
    .option('--occurrence <n>', 'which appearance of the quote, counting from 1', '1')
    .option('--entity <id-or-name>', 'link an entity, by id, name or alias (repeatable)', collect, [] as string[])
    .option('--proposal <id-or-title>', 'link a proposal, by id or title (repeatable)', collect, [] as string[])
    .addOption(new Option('--role <role>', 'the role of every link').choices(LinkRole.options).default('mention'))
    .option('--comment <text>', 'a comment')
    .option('--tag <tag>', 'a tag (repeatable)', collect, [] as string[])
    .action(run((output, options) => annotate(commandArgs(program, 'annotate')[0] as string, options as AnnotateOptions, output)));

  const exporting = program.command('export').description('export from the notebook');
  exporting
    .command('annotations')
    .description('export annotations as W3C Web Annotation JSON-LD or CSV (one row per annotation-record link)')
    .addOption(new Option('--format <format>', 'file format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <file>', 'file to write, or - for standard output')
    .option('--source <id>', 'only this source’s annotations (repeatable; default: every source)', collect, [] as string[])
    .action(run((output, options) => exportAnnotations(options as ExportOptions, output)));

  exporting
    .command('brief')
    .description('export a brief as Markdown, self-contained HTML, DOCX or PDF (citations as footnotes, then the sources)')
    .argument('<id>', 'brief id')
    .addOption(new Option('--format <format>', 'file format').choices(BRIEF_FORMATS).makeOptionMandatory())
    .requiredOption('--out <file>', 'file to write, or - for standard output')
    .action(run((output, options) => exportBriefFile(commandArgs(exporting, 'brief')[0] as string, options as DocumentExportOptions, output)));

  exporting
    .command('source')
    .description('export a source with its highlights, the records each span links to and the comments as footnotes')
    .argument('<id>', 'source id')
    .addOption(new Option('--format <format>', 'file format').choices(DOCUMENT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <file>', 'file to write, or - for standard output')
    .action(run((output, options) => exportSourceFile(commandArgs(exporting, 'source')[0] as string, options as DocumentExportOptions, output)));

  const brief = program.command('brief').description('work with briefs');
  brief
    .command('new')
    .description('create a brief, optionally drafted from a proposal or an entity and starting with cited annotations')
    .argument('<title>', 'title')
    .option('--from-proposal <proposal>', 'draft from a proposal (id or title): its terms, status and positions, each with its citations')
    .option('--from-entity <entity>', 'draft from an entity (id, name or alias): its mentions, source by source')
    .option('--cite <annotation>', 'an annotation to cite (repeatable)', collect, [] as string[])
    .action(run((output, options) => newBrief(commandArgs(brief, 'new')[0] as string, options as NewBriefOptions, output)));
  brief
    .command('list')
    .description('list briefs')
    .action(run((output, options) => listBriefs(options, output)));

  program
    .command('import-annotations')
    .description('import W3C Web Annotation JSON-LD (e.g. from `parley export annotations --format w3c`)')
    .argument('<file>', 'the .jsonld file')
    .action(run((output, options) => importAnnotations(commandArgs(program, 'import-annotations')[0] as string, options, output)));

  program
    .command('list')
    .description(`list records: ${LISTABLE.join(', ')}`)
    .argument('<kind>', LISTABLE.join('|'))
    .option('--source <id>', 'with annotations: only this source’s')
    .action(run((output, options) => listRecords(commandArgs(program, 'list')[0] as string, options, output)));

  program
    .command('show')
    .description(`show one record: ${SHOWABLE.join(', ')}`)
    .argument('<kind>', SHOWABLE.join('|'))
    .argument('<id>', 'record id')
    .action(run((output, options) => {
      const [kind, id] = commandArgs(program, 'show') as [string, string];
      return showRecord(kind, id, options, output);
    }));

  program
    .command('compare')
    .description('compare sources: passages they share (wire copy, common quotes), paragraphs only one has, records each mentions')
    .argument('<source-ids...>', 'two or more source ids (`parley list sources`)')
    .action(run((output, options) => compareSources((commandArgs(program, 'compare')[0] as string[] | undefined) ?? [], options, output)));

  program
    .command('search')
    .description('search sources, annotations, entities, proposals and briefs: words match as prefixes and despite a typo, "phrases in quotes" exactly')
    .argument('[query...]', 'words and "phrases"; leave out to list what the filters keep')
    .option('--kind <kind>', `only this kind: ${SearchKind.options.join(', ')} (repeatable)`, collect, [] as string[])
    .option('--outlet <outlet>', 'only sources from this outlet, and their annotations')
    .option('--from <date>', 'only sources published on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--to <date>', 'only sources published on or before this day')
    .option('--record <record>', 'only a record (id, entity name or alias, proposal title), the annotations linking it and their sources')
    .option('--tag <tag>', 'only annotations with this tag')
    .option('--limit <n>', 'how many results to show (default 50)')
    .action(run((output, options) => searchNotebook((commandArgs(program, 'search')[0] as string[] | undefined) ?? [], options as SearchOptions, output)));

  registerRecordCommands(program, run);
  registerCheckCommand(program, run);
  registerBackupCommands(program, run);
  registerBundleCommands(program, run);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not failures; commander has already printed what went wrong.
      return error.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`parley: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  return status;
}

function commandArgs(parent: Command, name: string): unknown[] {
  return parent.commands.find((c) => c.name() === name)?.processedArgs ?? [];
}
