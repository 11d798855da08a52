import { Option, type Command } from 'commander';
import { EntityKind, LinkRole, ProposalStatus, Stance } from '../../shared/model';
import type { Output } from './output';
import type { GlobalOptions } from './session';
import { listEntities, mergeEntities, showEntity } from './commands/entity';
import { linkMentions, showMentions } from './commands/mentions';
import { listProposals, showProposal } from './commands/proposal';
import { addPosition, addStatus, addTerm, type PositionOptions, type StatusOptions, type TermOptions } from './commands/proposal-facts';
import { addEntity, addProposal, type AddProposalOptions } from './commands/records';

export type Action = (output: Output, options: GlobalOptions, command: Command) => Promise<number>;
export type Run = (action: Action) => (...args: unknown[]) => Promise<void>;

/** `parley entity …`, `parley proposal …`, `parley mentions` and `parley link-mentions`. */
export function registerRecordCommands(program: Command, run: Run): void {
  const entity = program.command('entity').description('work with entities (people, organisations, places)');
  entity
    .command('add')
    .description('add an entity')
    .argument('<name>', 'canonical name')
    .addOption(new Option('--kind <kind>', 'kind of entity').choices(EntityKind.options).default('person'))
    .option('--alias <alias>', 'another name it goes by (repeatable)', collect, [] as string[])
    .action(run((output, options, command) => addEntity(arg(command, 0), options, output)));
  entity
    .command('list')
    .description('every entity, by kind, with its linked mentions')
    .action(run((output, options) => listEntities(options, output)));
  entity
    .command('show')
    .description('an entity with its mentions grouped by source')
    .argument('<entity>', 'id, name or alias')
    .action(run((output, options, command) => showEntity(arg(command, 0), options, output)));
  entity
    .command('merge')
    .description('merge MERGED into SURVIVOR: links, proposal references and names move to the survivor')
    .argument('<survivor>', 'the entity that stays (id, name or alias)')
    .argument('<merged>', 'the entity that goes (id, name or alias)')
    .action(run((output, options, command) => mergeEntities(arg(command, 0), arg(command, 1), options, output)));

  const proposal = program.command('proposal').description('work with proposals');
  proposal
    .command('add')
    .description('add a proposal')
    .argument('<title>', 'title, e.g. "Egyptian proposal: 48-hour pause"')
    .option('--summary <text>', 'a summary')
    .option('--proposed-by <entity>', 'who proposed it (repeatable)', collect, [] as string[])
    .option('--mediator <entity>', 'a mediator (repeatable)', collect, [] as string[])
    .option('--party <entity>', 'a party (repeatable)', collect, [] as string[])
    .action(run((output, options, command) => addProposal(arg(command, 0), options as AddProposalOptions, output)));
  proposal
    .command('list')
    .description('every proposal with its current status')
    .action(run((output, options) => listProposals(options, output)));
  proposal
    .command('show')
    .description('a proposal: people, terms, timeline and positions with their evidence')
    .argument('<proposal>', 'id or title')
    .action(run((output, options, command) => showProposal(arg(command, 0), options, output)));
  proposal
    .command('term')
    .description('add a term (e.g. duration: 72 hours)')
    .argument('<proposal>', 'id or title')
    .requiredOption('--label <label>', 'what the term is about, e.g. duration')
    .requiredOption('--value <value>', 'what it says, e.g. 72 hours')
    .option('--evidence <annotation-id>', 'an annotation that backs it (repeatable)', collect, [] as string[])
    .action(run((output, options, command) => addTerm(arg(command, 0), options as TermOptions, output)));
  proposal
    .command('status')
    .description('add a dated event to the timeline')
    .argument('<proposal>', 'id or title')
    .addOption(new Option('--status <status>', 'what happened').choices(ProposalStatus.options).makeOptionMandatory())
    .option('--date <YYYY-MM-DD>', 'the day it happened')
    .option('--actor <entity>', 'who accepted, rejected or dismissed it')
    .option('--note <text>', 'a note')
    .option('--evidence <annotation-id>', 'an annotation that backs it (repeatable)', collect, [] as string[])
    .action(run((output, options, command) => addStatus(arg(command, 0), options as StatusOptions, output)));
  proposal
    .command('position')
    .description('add a party’s position')
    .argument('<proposal>', 'id or title')
    .requiredOption('--party <entity>', 'the party (id, name or alias)')
    .addOption(new Option('--stance <stance>', 'its stance').choices(Stance.options).makeOptionMandatory())
    .option('--note <text>', 'a note, e.g. the condition')
    .option('--evidence <annotation-id>', 'an annotation that backs it (repeatable)', collect, [] as string[])
    .action(run((output, options, command) => addPosition(arg(command, 0), options as PositionOptions, output)));

  program
    .command('mentions')
    .description('an entity’s linked mentions, unlinked mentions and possible misspellings')
    .argument('<entity>', 'id, name or alias')
    .action(run((output, options, command) => showMentions(arg(command, 0), options, output)));
  program
    .command('link-mentions')
    .description('link every unlinked mention of an entity (possible misspellings are left to you)')
    .argument('<entity>', 'id, name or alias')
    .addOption(new Option('--role <role>', 'the role of the new links').choices(LinkRole.options).default('mention'))
    .action(run((output, options, command) => linkMentions(arg(command, 0), options, output)));
}

function arg(command: Command, index: number): string {
  return command.processedArgs[index] as string;
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
