import type { MetadataField, SourceMeta } from '../../shared/model';
import { CHECK_BELOW } from '../logic/guesses';
import { useMetadata } from '../state/stores';

const FIELD_NAMES: Record<MetadataField, string> = {
  title: 'title',
  outlet: 'outlet',
  authors: 'authors',
  publishedAt: 'date',
  url: 'address',
  language: 'language',
  direction: 'direction',
};

/** Which guesses are shaky, named so the researcher knows what to look at first. */
function shakyFields(source: SourceMeta): string[] {
  return Object.entries(source.guesses)
    .filter(([, guess]) => guess && guess.confidence < CHECK_BELOW)
    .map(([field]) => FIELD_NAMES[field as MetadataField]);
}

/** A gentle nudge over an unconfirmed source; it never blocks reading. */
export function MetadataBanner({ source }: { source: SourceMeta }) {
  const [{ editingId }, metadata] = useMetadata();
  if (source.metadataConfirmed || editingId === source.id) return null;
  const shaky = shakyFields(source);
  return (
    <div className="reader-notice" data-testid="metadata-banner">
      <p className="reader-notice__text">
        <strong>Check the details Parley guessed</strong>
        {shaky.length > 0 ? ` — it is least sure of the ${shaky.join(', ')}.` : ' for this source.'}
      </p>
      <button type="button" className="button" onClick={() => metadata.edit(source.id)}>
        Check details
      </button>
    </div>
  );
}
