import type { BriefMeta } from '../../shared/model';
import { EmptyState } from './EmptyState';

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
