import { useRef, type RefObject } from 'react';
import { $getRoot, type LexicalEditor } from 'lexical';
import { SourceExportMenu } from '../cite/SourceExportMenu';
import { CompareWithPicker } from '../compare/CompareWithPicker';
import { saveDownload } from '../logic/download';
import { $readerText } from '../reader/annotationMarks';
import { useAnnotate, useReader, useTextVersions } from '../state/stores';

/** Edit text / Save / Cancel, a new version from a file, exports; and what re-anchoring did. */
export function TextVersionBar({ editorRef }: { editorRef: RefObject<LexicalEditor | null> }) {
  const [{ editing, busy, report, error }, store] = useTextVersions();
  const [{ message }, annotate] = useAnnotate();
  const [{ sourceId }] = useReader();
  const picker = useRef<HTMLInputElement>(null);
  const save = () => {
    const editor = editorRef.current;
    if (!editor) return;
    const text = editor.getEditorState().read(() => ($getRoot().getChildrenSize() ? $readerText() : ''));
    void store.saveText(text);
  };
  const download = async (format: 'w3c' | 'csv') => {
    const file = await store.exportAnnotations(format);
    if (!file) return;
    saveDownload(file.fileName, file.content, file.mediaType);
    annotate.say(`Exported ${file.fileName}.`);
  };
  return (
    <div className="text-versions">
      <div className="text-versions__actions" role="toolbar" aria-label="Source text">
        {editing ? (
          <>
            <button type="button" className="button button--primary" data-testid="text-save" disabled={busy} onClick={save}>Save</button>
            <button type="button" className="button" data-testid="text-cancel" disabled={busy} onClick={() => store.cancelEditing()}>Cancel</button>
          </>
        ) : (
          <>
            <button type="button" className="button" data-testid="text-edit" onClick={() => store.startEditing()}>Edit text</button>
            <button type="button" className="button" data-testid="import-version" disabled={busy} onClick={() => picker.current?.click()}>Import new version…</button>
            <button type="button" className="button button--quiet" data-testid="export-w3c" onClick={() => void download('w3c')}>Export W3C</button>
            <button type="button" className="button button--quiet" data-testid="export-csv" onClick={() => void download('csv')}>Export CSV</button>
            {sourceId && <SourceExportMenu sourceId={sourceId} say={(said) => annotate.say(said)} />}
            {sourceId && <CompareWithPicker sourceId={sourceId} />}
          </>
        )}
        <input
          ref={picker}
          type="file"
          hidden
          accept=".txt,.md,.html,.htm,.pdf,.docx"
          data-testid="import-version-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void store.importVersion(file);
          }}
        />
      </div>
      {(report || error || message) && (
        <p className={error ? 'text-versions__error' : 'text-versions__report'} role="status" data-testid="reanchor-report">
          {error ?? report ?? message}{' '}
          <button type="button" className="link" onClick={() => (store.dismiss(), annotate.say(null))}>Dismiss</button>
        </p>
      )}
    </div>
  );
}
