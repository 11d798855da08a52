import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { EmptyState } from '../components/EmptyState';
import { useCompare } from '../state/stores';
import { CoverageMatrix } from './analysis/CoverageMatrix';
import { CompareOptions } from './CompareOptions';
import { SideBySide } from './SideBySide';

const TABS = [
  { id: 'side', label: 'Side by side' },
  { id: 'coverage', label: 'Coverage' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** The comparison open in the centre: two to four sources side by side, and what they share. */
export function CompareView({ sourceIds }: { sourceIds: string[] }) {
  const [state, store] = useCompare();
  const [tab, setTab] = useState<Tab>('side');
  const set = [...sourceIds].sort().join(',');
  // Keyed by the set, not the order: moving a column is no reason to ask again.
  useEffect(() => {
    void store.open(set.split(','));
  }, [store, set]);
  useEscapeClears();

  const ready = state.status === 'ready' && state.comparison && sourceIds.every((id) => state.columns.has(id));
  return (
    <section className="compare" aria-labelledby="compare-heading" data-testid="compare-view">
      <header className="compare__bar">
        <h1 id="compare-heading" className="compare__heading">
          Comparing {sourceIds.length} sources
        </h1>
        <CompareTabs tab={tab} onChoose={setTab} />
        {tab === 'side' && <CompareOptions />}
      </header>
      <div className="compare__body" role="tabpanel" id={`compare-panel-${tab}`} aria-labelledby={`compare-tab-${tab}`}>
        {tab === 'coverage' ? (
          <div className="compare__coverage">
            <CoverageMatrix sourceIds={sourceIds} />
          </div>
        ) : state.status === 'failed' ? (
          <EmptyState title="These sources could not be compared">{state.error}</EmptyState>
        ) : !ready || !state.comparison ? (
          <p className="centre__loading" role="status">
            Comparing…
          </p>
        ) : (
          <SideBySide sourceIds={sourceIds} comparison={state.comparison} columns={state.columns} />
        )}
      </div>
    </section>
  );
}

/** Escape puts every column back to its plain colours, wherever the focus is. */
function useEscapeClears() {
  const [, store] = useCompare();
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || !store.getSnapshot().active || event.defaultPrevented) return;
      store.select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

function CompareTabs({ tab, onChoose }: { tab: Tab; onChoose: (tab: Tab) => void }) {
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  // Left and right move between tabs (WAI-ARIA tabs pattern, automatic activation).
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + TABS.length) % TABS.length;
    onChoose(TABS[next]!.id);
    buttons.current[next]?.focus();
  };
  return (
    <div className="compare__tabs" role="tablist" aria-label="Comparison views">
      {TABS.map((t, index) => (
        <button
          key={t.id}
          ref={(el) => {
            buttons.current[index] = el;
          }}
          type="button"
          role="tab"
          id={`compare-tab-${t.id}`}
          aria-selected={tab === t.id}
          aria-controls={`compare-panel-${t.id}`}
          tabIndex={tab === t.id ? 0 : -1}
          className="compare__tab"
          onClick={() => onChoose(t.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
