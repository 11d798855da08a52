import type { RecordStamp } from '../../shared/model';
import { EvidencePanel } from '../cite/EvidencePanel';
import { CompareLegend } from '../compare/CompareLegend';
import { formatMoment } from '../logic/dates';
import { useNotebook, useReader, useWorkspace } from '../state/stores';
import { AnnotationList } from './AnnotationList';
import { Fact } from './Fact';
import { SuggestionsPanel } from './records/SuggestionsPanel';
import { SourceFacts } from './SourceFacts';

/** The right column: details of whatever is open in the centre. */
export function ContextPanel() {
  return (
    <aside className="context" aria-label="Details">
      <ContextBody />
    </aside>
  );
}

function ContextBody() {
  const [notebook] = useNotebook();
  const [{ open }] = useWorkspace();
  const [reader] = useReader();

  if (open?.kind === 'source') {
    if (reader.sourceId !== open.id || !reader.source) return null;
    return (
      <>
        <SourceFacts source={reader.source} />
        <AnnotationList annotations={reader.annotations} error={reader.annotationsError} />
        <SuggestionsPanel sourceId={reader.sourceId} />
      </>
    );
  }
  if (open?.kind === 'compare') return <CompareLegend sourceIds={open.sourceIds ?? open.id.split(',')} />;
  if (open?.kind === 'brief') {
    const brief = notebook.briefs.find((b) => b.id === open.id);
    if (!brief) return null;
    return (
      <>
        <EvidencePanel key={brief.id} />
        <RecordFacts record={brief} />
      </>
    );
  }
  const record =
    open?.kind === 'entity'
      ? notebook.entities.find((e) => e.id === open.id)
      : open?.kind === 'proposal'
        ? notebook.proposals.find((p) => p.id === open.id)
        : undefined;
  if (record) return <RecordFacts record={record} />;

  const counts = notebook.info?.counts;
  if (!counts) return null;
  return (
    <section className="context__section" aria-labelledby="overview-heading">
      <h2 id="overview-heading" className="context__heading">
        This notebook
      </h2>
      <dl className="facts">
        <Fact term="Sources" value={counts.sources} />
        <Fact term="Annotations" value={counts.annotations} />
        <Fact term="Entities" value={counts.entities} />
        <Fact term="Proposals" value={counts.proposals} />
        <Fact term="Briefs" value={counts.briefs} />
      </dl>
    </section>
  );
}

function RecordFacts({ record }: { record: RecordStamp }) {
  return (
    <section className="context__section" aria-labelledby="record-facts-heading">
      <h2 id="record-facts-heading" className="context__heading">
        Record
      </h2>
      <dl className="facts">
        <Fact term="Created" value={formatMoment(record.createdAt)} />
        <Fact term="Last changed" value={formatMoment(record.updatedAt)} />
        <Fact term="Revision" value={record.rev} />
      </dl>
    </section>
  );
}
