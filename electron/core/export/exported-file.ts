import type { ExportedFile, ExportFormat } from '../../../shared/contract';

const MEDIA_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** An export as it crosses the contract: a file name a person recognises, its type and its bytes. */
export function exportedFile(name: FileNaming, format: ExportFormat, bytes: Uint8Array): ExportedFile {
  return {
    fileName: `${[fileStem(name.title) || name.fallback, name.suffix ?? ''].filter((part) => part !== '').join('-')}.${format}`,
    mediaType: MEDIA_TYPES[format],
    dataBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}

export interface FileNaming {
  /** The brief's or source's title. */
  title: string;
  /** When the title has no letters or digits at all. */
  fallback: string;
  /** Appended to the title, e.g. "annotated". */
  suffix?: string;
}

/** Safe on every system: letters and digits joined by hyphens, accents dropped, not too long. */
function fileStem(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80)
    .replace(/-+$/, '');
}
