import { useEffect, useState } from 'react';
import { carriesFiles } from '../logic/dropFiles';
import { useImports } from '../state/stores';

/**
 * Files dropped anywhere on the window are imported like picked ones. The listeners sit on
 * the window, so every pane is a drop target; the overlay itself ignores the pointer.
 */
export function DropOverlay() {
  const [, imports] = useImports();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; a count says when the drag really left.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer?.types)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer?.types)) return;
      // Without this the browser refuses the drop (or opens the file in place of Parley).
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer?.types)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      event.preventDefault();
      void imports.importFiles(files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [imports]);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__card">
        <p className="drop-overlay__title">Drop files to import</p>
        <p className="drop-overlay__hint">.txt, .md, .html, .pdf or .docx — each becomes a source</p>
      </div>
    </div>
  );
}
