import { useRef } from 'react';
import { useImports } from '../state/stores';
import { PasteText } from './PasteDialog';

export const ACCEPT = '.txt,.md,.html,.htm,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf';

/** "Import sources…": a real button in front of the file input, so it is reachable by keyboard. */
export function ImportButton() {
  const [imports, store] = useImports();
  const input = useRef<HTMLInputElement>(null);
  const label = imports.running ? `Importing ${Math.min(imports.done + 1, imports.total)} of ${imports.total}…` : 'Import sources…';
  return (
    <div className="import">
      <button
        type="button"
        className="button button--primary import__button"
        data-testid="import-button"
        disabled={imports.running}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <PasteText />
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        multiple
        accept={ACCEPT}
        tabIndex={-1}
        aria-label="Choose source files to import"
        data-testid="import-input"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared so that choosing the same file again still fires a change.
          event.currentTarget.value = '';
          void store.importFiles(files);
        }}
      />
    </div>
  );
}
