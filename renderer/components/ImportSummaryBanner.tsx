import { headlineOf } from '../logic/importSummary';
import { useImports, useWorkspace } from '../state/stores';

/** What the last import did, file by file, until the researcher dismisses it. */
export function ImportSummaryBanner() {
  const [{ summary }, imports] = useImports();
  const [, workspace] = useWorkspace();
  if (!summary) return null;
  const tone = summary.failed.length ? 'banner--warning' : 'banner--info';
  return (
    <section className={`banner ${tone}`} role="status" aria-label="Import summary" data-testid="import-summary">
      <div className="banner__body">
        <p className="banner__headline">{headlineOf(summary)}</p>
        {summary.duplicates.length > 0 && (
          <ul className="banner__list" aria-label="Duplicates skipped">
            {summary.duplicates.map((d, i) => (
              <li key={`${i}:${d.fileName}`}>
                {d.fileName} is already in the notebook as{' '}
                <button type="button" className="link" onClick={() => workspace.open({ kind: 'source', id: d.existingId })}>
                  {d.title}
                </button>
              </li>
            ))}
          </ul>
        )}
        {summary.failed.length > 0 && (
          <ul className="banner__list" aria-label="Files that failed">
            {summary.failed.map((f, i) => (
              <li key={`${i}:${f.fileName}`}>
                <strong>{f.fileName}</strong>: {f.reason}
              </li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="button button--quiet" onClick={() => imports.dismissSummary()}>
        Dismiss
      </button>
    </section>
  );
}
