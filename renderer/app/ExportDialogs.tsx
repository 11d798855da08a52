import { useState } from 'react';
import type { ExportFormat } from '../../shared/contract';
import { saveDownload, saveExportedFile } from '../logic/download';
import { describeError } from '../logic/errors';
import { useNotebook, useWorkspace } from '../state/stores';
import { AppModal } from './AppModal';
import { useAppStores } from './appStores';

const BRIEF_FORMATS: ReadonlyArray<{ format: ExportFormat; label: string }> = [
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'pdf', label: 'PDF (.pdf)' },
  { format: 'md', label: 'Markdown (.md)' },
  { format: 'html', label: 'Web page (.html)' },
];

/** File › Export brief… : the open brief, or one picked from the list, in a chosen format. */
export function ExportBriefDialog({ onClose }: { onClose: () => void }) {
  const { api } = useAppStores();
  const [{ briefs }] = useNotebook();
  const [{ open }] = useWorkspace();
  const [briefId, setBriefId] = useState(open?.kind === 'brief' ? open.id : (briefs[0]?.id ?? ''));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const exportAs = async (format: ExportFormat) => {
    setBusy(true);
    const file = await api['briefs.export']({ id: briefId, format });
    setBusy(false);
    if (!file.ok) return setProblem(describeError(file.error));
    saveExportedFile(file.value);
    onClose();
  };

  if (briefs.length === 0) {
    return (
      <AppModal title="Export brief" testId="export-brief-dialog" onClose={onClose}>
        <p>There are no briefs yet. Create one from the Briefs list or with “New brief” in the palette.</p>
      </AppModal>
    );
  }
  return (
    <AppModal title="Export brief" hint="Citations become footnotes quoting the passages they cite." testId="export-brief-dialog" onClose={onClose}>
      <label className="app-form__label" htmlFor="export-brief-choice">
        Brief
      </label>
      <select id="export-brief-choice" className="field app-form__wide" value={briefId} onChange={(event) => setBriefId(event.currentTarget.value)}>
        {briefs.map((b) => (
          <option key={b.id} value={b.id}>
            {b.title}
          </option>
        ))}
      </select>
      <div className="app-choices" role="group" aria-label="Format">
        {BRIEF_FORMATS.map(({ format, label }) => (
          <button key={format} type="button" className="button" disabled={busy} onClick={() => void exportAs(format)}>
            {label}
          </button>
        ))}
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </AppModal>
  );
}

/** File › Export annotations… : every annotation, as W3C Web Annotations or a spreadsheet. */
export function ExportAnnotationsDialog({ onClose }: { onClose: () => void }) {
  const { api } = useAppStores();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const exportAs = async (format: 'w3c' | 'csv') => {
    setBusy(true);
    const exported = await api['annotations.export']({ format });
    setBusy(false);
    if (!exported.ok) return setProblem(describeError(exported.error));
    saveDownload(exported.value.fileName, exported.value.content, exported.value.mediaType);
    onClose();
  };

  return (
    <AppModal title="Export annotations" hint="Every annotation in the notebook, with its quote, comment, tags and links." testId="export-annotations-dialog" onClose={onClose}>
      <div className="app-choices" role="group" aria-label="Format">
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('w3c')}>
          W3C Web Annotations (.jsonld)
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('csv')}>
          Spreadsheet (.csv)
        </button>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </AppModal>
  );
}
