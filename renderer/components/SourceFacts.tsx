import type { Source } from '../../shared/model';
import { formatMoment } from '../logic/dates';
import { useMetadata } from '../state/stores';
import { Fact } from './Fact';

const FORMAT_NAMES: Record<Source['format'], string> = {
  txt: 'Plain text',
  md: 'Markdown',
  html: 'Web page',
  pdf: 'PDF',
  docx: 'Word document',
  paste: 'Pasted text',
};

const REASONS: Record<Source['versions'][number]['reason'], string> = {
  imported: 'Imported',
  edited: 'Edited',
  reimported: 'Imported again',
  trimmed: 'Trimmed',
};

/** Where a source came from and how its text has changed since. */
export function SourceFacts({ source }: { source: Source }) {
  // One version needs no history list: its reason fits on the count's line.
  const only = source.versions.length === 1 ? source.versions[0] : undefined;
  const [{ editingId }, metadata] = useMetadata();
  return (
    <section className="context__section" aria-labelledby="source-facts-heading" data-testid="source-facts">
      <h2 id="source-facts-heading" className="context__heading">
        Source
      </h2>
      <dl className="facts">
        <Fact term="Format" value={FORMAT_NAMES[source.format]} />
        {source.fileName && <Fact term="File" value={source.fileName} />}
        <Fact term="Imported" value={formatMoment(source.importedAt)} />
        {source.url && <Fact term="Address" value={source.url} />}
        {source.language && <Fact term="Language" value={source.language} />}
        <Fact term="Details" value={source.metadataConfirmed ? 'Confirmed' : 'Guessed, not yet checked'} />
        <Fact term="Versions" value={only ? `1 (${REASONS[only.reason].toLowerCase()})` : `${source.versions.length}`} />
      </dl>
      {!only && (
        <ol className="versions" aria-label="Text versions" data-testid="source-versions">
          {[...source.versions].reverse().map((version) => (
            <li key={version.id} className={version.id === source.currentVersionId ? 'versions__current' : undefined}>
              {REASONS[version.reason]} {formatMoment(version.createdAt)}
              {version.id === source.currentVersionId && <span className="versions__badge">current</span>}
            </li>
          ))}
        </ol>
      )}
      {!only && <p className="versions__note">Every earlier version is kept.</p>}
      <button
        type="button"
        className="button context__action"
        data-testid="metadata-edit"
        disabled={editingId === source.id}
        onClick={() => metadata.edit(source.id)}
      >
        Edit metadata
      </button>
    </section>
  );
}
