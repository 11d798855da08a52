import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { ExportFormat } from '../../shared/contract';
import { saveExportedFile } from '../logic/download';
import { describeError } from '../logic/errors';
import { useCite } from '../state/stores';

const FORMATS: ReadonlyArray<{ format: ExportFormat; label: string }> = [
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'docx', label: 'Word' },
  { format: 'pdf', label: 'PDF' },
];

/**
 * "Export…": the source as a document of its own, highlights marked and comments as
 * footnotes. `say` reports the file saved, or in words why there is none.
 */
export function SourceExportMenu({ sourceId, say }: { sourceId: string; say: (message: string) => void }) {
  const [, cite] = useCite();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const items = useRef<Array<HTMLButtonElement | null>>([]);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) items.current[0]?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const run = async (format: ExportFormat) => {
    close();
    setBusy(true);
    const result = await cite.exportSource(sourceId, format);
    setBusy(false);
    if (!result.ok) return say(describeError(result.error));
    saveExportedFile(result.value);
    say(`Exported ${result.value.fileName}.`);
  };
  // Up and down move through the formats, Escape closes (WAI-ARIA menu button pattern).
  const onKeyDown = (event: KeyboardEvent) => {
    const at = items.current.findIndex((item) => item === document.activeElement);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step) items.current[(at + step + FORMATS.length) % FORMATS.length]?.focus();
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  };
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div className="export-menu" onBlur={onBlur}>
      <button ref={toggle} type="button" className="button button--quiet" data-testid="source-export" aria-haspopup="menu" aria-expanded={open} disabled={busy} onClick={() => setOpen(!open)}>
        {busy ? 'Exporting…' : 'Export…'}
      </button>
      {open && (
        <ul className="export-menu__list" role="menu" aria-label="Export source as" onKeyDown={onKeyDown}>
          {FORMATS.map(({ format, label }, index) => (
            <li key={format} role="none">
              <button
                ref={(el) => {
                  items.current[index] = el;
                }}
                type="button"
                role="menuitem"
                className="export-menu__item"
                tabIndex={-1}
                onClick={() => void run(format)}
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
