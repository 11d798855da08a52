import type { Ref } from 'react';
import { useImports } from '../state/stores';

/** The file types Parley imports, for the system's file picker. */
export const ACCEPT = '.txt,.md,.html,.htm,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf';

/**
 * A hidden file input whose chosen files are imported as sources. Whatever opens it (a
 * button, Ctrl/Cmd+O, the palette, the desktop menu) calls `click()` on it through `ref`.
 * `label` names it for assistive technology when a visible button stands in front of it;
 * without one it is hidden from them (the command that opens it is the thing to find).
 */
export function SourceFilesInput({ ref, testId, label }: { ref: Ref<HTMLInputElement>; testId: string; label?: string }) {
  const [, imports] = useImports();
  return (
    <input
      ref={ref}
      className="visually-hidden"
      type="file"
      multiple
      accept={ACCEPT}
      tabIndex={-1}
      {...(label ? { 'aria-label': label } : { 'aria-hidden': true })}
      data-testid={testId}
      onChange={(event) => {
        const files = Array.from(event.currentTarget.files ?? []);
        // Cleared so that choosing the same file again still fires a change.
        event.currentTarget.value = '';
        void imports.importFiles(files);
      }}
    />
  );
}
