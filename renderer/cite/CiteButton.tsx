import type { Annotation } from '../../shared/model';
import { useCite } from '../state/stores';
import { BriefPicker } from './BriefPicker';

/** "Cite in brief" on one annotation in the panel; pressed again, it closes its picker. */
export function CiteButton({ annotation }: { annotation: Annotation }) {
  const [{ picking }, cite] = useCite();
  const open = isPickingFor(picking, annotation.id);
  return (
    <button type="button" className="link" data-testid="cite-in-brief" aria-expanded={open} onClick={() => (open ? cite.cancel() : cite.ask({ kind: 'annotation', annotation }))}>
      Cite in brief
    </button>
  );
}

/** The picker under the annotation it was opened for. */
export function AnnotationCitePicker({ annotationId }: { annotationId: string }) {
  const [{ picking }] = useCite();
  return isPickingFor(picking, annotationId) ? <BriefPicker className="brief-picker--inline" /> : null;
}

function isPickingFor(picking: ReturnType<typeof useCite>[0]['picking'], annotationId: string): boolean {
  return picking?.kind === 'annotation' && picking.annotation.id === annotationId;
}
