import type { ReactNode } from 'react';

/** Says what is missing and what to do next (UX.md: empty states explain the next step). */
export function EmptyState({ title, children, testId }: { title: string; children?: ReactNode; testId?: string }) {
  return (
    <div className="empty-state" data-testid={testId}>
      <p className="empty-state__title">{title}</p>
      {children ? <div className="empty-state__hint">{children}</div> : null}
    </div>
  );
}
