import type { BriefMeta, Entity, Proposal } from '../../shared/model';
import { EmptyState } from './EmptyState';

/** Simple record pages for now: enough to see what a record is, not yet to edit it. */
export function EntityDetail({ entity }: { entity: Entity }) {
  return (
    <article className="record" aria-labelledby="record-title">
      <p className="record__kind">{entity.kind}</p>
      <h1 id="record-title" className="record__title" data-testid="record-title" dir="auto">
        {entity.name}
      </h1>
      {entity.title && <p className="record__subtitle">{entity.title}</p>}
      {entity.aliases.length > 0 && (
        <section>
          <h2 className="record__heading">Also known as</h2>
          <ul className="chips" aria-label="Aliases">
            {entity.aliases.map((alias) => (
              <li key={alias} className="chip" dir="auto">
                {alias}
              </li>
            ))}
          </ul>
        </section>
      )}
      {entity.description && <p className="record__text">{entity.description}</p>}
    </article>
  );
}

export function ProposalDetail({ proposal }: { proposal: Proposal }) {
  const status = proposal.statusEvents.at(-1)?.status;
  return (
    <article className="record" aria-labelledby="record-title">
      <p className="record__kind">Proposal{status ? ` · ${status.replace('-', ' ')}` : ''}</p>
      <h1 id="record-title" className="record__title" data-testid="record-title" dir="auto">
        {proposal.title}
      </h1>
      {proposal.summary ? (
        <p className="record__text">{proposal.summary}</p>
      ) : (
        <p className="record__muted">No summary yet.</p>
      )}
      {proposal.terms.length > 0 && (
        <section>
          <h2 className="record__heading">Terms</h2>
          <dl className="facts">
            {proposal.terms.map((term) => (
              <div key={term.id} className="facts__row">
                <dt>{term.label}</dt>
                <dd>{term.value || '—'}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </article>
  );
}

export function BriefDetail({ brief }: { brief: BriefMeta }) {
  return (
    <article className="record" aria-labelledby="record-title">
      <p className="record__kind">Brief</p>
      <h1 id="record-title" className="record__title" data-testid="record-title" dir="auto">
        {brief.title}
      </h1>
      <EmptyState title="The brief editor is on its way">Writing and citing in briefs comes with the editor.</EmptyState>
    </article>
  );
}
