import { ParleyError } from '../../../../shared/contract';
import type { MetadataHint } from '../../../../shared/import/hints';
import type { SourceFormat } from '../../../../shared/model';

/** An imported file reduced to what Parley keeps: plain text, and what the file says about itself. */
export interface ExtractedDocument {
  format: SourceFormat;
  /** Normalised plain text: paragraphs separated by one blank line, no markup. */
  text: string;
  hints: MetadataHint[];
}

export function unsupportedFile(message: string): ParleyError {
  return new ParleyError('unsupported-file', message);
}
