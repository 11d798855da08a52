import { useRef } from 'react';
import { useImports } from '../state/stores';
import { PasteText } from './PasteDialog';
import { SourceFilesInput } from './SourceFilesInput';

/** "Import sources…": a real button in front of the file input, so it is reachable by keyboard. */
export function ImportButton() {
  const [imports] = useImports();
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
      <SourceFilesInput ref={input} testId="import-input" label="Choose source files to import" />
    </div>
  );
}
