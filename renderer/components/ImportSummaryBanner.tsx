import { headlineOf, similarNote, type ImportedEntry } from '../logic/importSummary';
import { useImports, useWorkspace } from '../state/stores';

/** What the last import did, file by file, until the researcher dismisses it. */
export function ImportSummaryBanner() {
  const [{ summary, running }, imports] = useImports();
  const [, workspace] = useWorkspace();
  if (!summary || running) return null;
  const open = (id: string) => workspace.open({ kind: 'source', id });
  const tone = summary.failed.length ? 'banner--warning' : 'banner--info';
  return (
    <section className={`banner ${tone}`} role="status" aria-label="Import summary" data-testid="import-summary">
      <div className="banner__body">
        <p className="banner__headline">{headlineOf(summary)}</p>
        {summary.imported.length > 0 && (
          <ul className="banner__list" aria-label="Imported">
            {summary.imported.map((entry) => (
              <ImportedItem key={entry.id} entry={entry} open={open} />
            ))}
          </ul>
        )}
        {summary.duplicates.length > 0 && (
          <>
            <h3 className="banner__subhead">Already in the notebook</h3>
            <ul className="banner__list" aria-label="Duplicates skipped">
              {summary.duplicates.map((d, i) => (
                <li key={`${i}:${d.fileName}`}>
                  {d.fileName} is already here as{' '}
                  <button type="button" className="link" dir="auto" onClick={() => open(d.existingId)}>
                    {d.title}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {summary.failed.length > 0 && (
          <>
            <h3 className="banner__subhead">Not imported</h3>
            <ul className="banner__list" aria-label="Files that failed">
              {summary.failed.map((f, i) => (
                <li key={`${i}:${f.fileName}`}>
                  <strong>{f.fileName}</strong>: {f.reason}
                </li>
              ))}
            </ul>
          </>
        )}
        {summary.notAttempted.length > 0 && (
          <p className="banner__note">Not started after you cancelled: {summary.notAttempted.join(', ')}</p>
        )}
      </div>
      <button type="button" className="button button--quiet" onClick={() => imports.dismissSummary()}>
        Dismiss
      </button>
    </section>
  );
}

function ImportedItem({ entry, open }: { entry: ImportedEntry; open: (id: string) => void }) {
  const closest = entry.similar[0];
  return (
    <li data-testid="import-summary-imported">
      <button type="button" className="link" dir="auto" onClick={() => open(entry.id)}>
        {entry.title}
      </button>
      <span className="banner__meta">
        {entry.fileName}
        {entry.furnitureLines > 0 &&
          ` · ${entry.furnitureLines} ${entry.furnitureLines === 1 ? 'line looks' : 'lines look'} like outlet furniture; review in the reader`}
      </span>
      {closest && (
        <span className="banner__meta banner__meta--similar">
          {similarNote(entry.similar)} —{' '}
          <button type="button" className="link" onClick={() => open(closest.id)}>
            open it
          </button>
        </span>
      )}
    </li>
  );
}
