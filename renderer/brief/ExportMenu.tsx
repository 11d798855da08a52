import { useRef, useState, type KeyboardEvent } from 'react';
import type { ExportFormat } from '../../shared/contract';
import { saveExportedFile } from '../logic/download';
import { useBrief } from '../state/stores';

const FORMATS: ReadonlyArray<{ format: ExportFormat; label: string }> = [
  { format: 'md', label: 'Markdown (.md)' },
  { format: 'html', label: 'Web page (.html)' },
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'pdf', label: 'PDF (.pdf)' },
];

/** Export as… : a menu button (WAI-ARIA menu pattern), the chosen file saved as a download. */
export function ExportMenu() {
  const [{ exporting }, brief] = useBrief();
  const [open, setOpen] = useState(false);
  const items = useRef<Array<HTMLButtonElement | null>>([]);
  const trigger = useRef<HTMLButtonElement>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const at = items.current.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step) {
      event.preventDefault();
      items.current[(at + step + FORMATS.length) % FORMATS.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div
      className="brief-menu"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={trigger}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="brief-export-menu"
        disabled={exporting}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            requestAnimationFrame(() => items.current[0]?.focus());
          }
        }}
      >
        {exporting ? 'Exporting…' : 'Export ▾'}
      </button>
      {open && (
        <div className="brief-menu__list" role="menu" id="brief-export-menu" aria-label="Export this brief as" onKeyDown={onMenuKey}>
          {FORMATS.map((f, index) => (
            <button
              key={f.format}
              ref={(el) => {
                items.current[index] = el;
              }}
              type="button"
              role="menuitem"
              className="brief-menu__item"
              autoFocus={index === 0}
              onClick={() => {
                close(true);
                void brief.exportAs(f.format, saveExportedFile);
              }}
            >
              {f.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
