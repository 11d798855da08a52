import { isBriefDocument } from './document';

/**
 * Keeping a brief's record chips true when records change under them: a merge re-points
 * the merged entity's chips at the survivor (named as the survivor now), and its undo puts
 * exactly those chips back. Pure functions over the stored JSON; nothing else in the
 * document changes, and a document with nothing to change comes back as the same object.
 */

/** A chip the merge re-pointed: where it sits (child indexes from the root) and its label before. */
export interface MovedChip {
  path: number[];
  label: string;
}

type Json = Record<string, unknown>;

export interface RecordRef {
  kind: 'entity' | 'proposal';
  recordId: string;
}

/** Every chip bound to `from` now binds `to`, labelled `label`; says which chips moved and their old labels. */
export function moveRecordMentions(document: unknown, from: RecordRef, to: { recordId: string; label: string }): { document: unknown; moved: MovedChip[] } {
  if (!isBriefDocument(document)) return { document, moved: [] };
  const moved: MovedChip[] = [];
  const visit = (node: Json, path: number[]): Json => {
    if (isChipOf(node, from)) {
      moved.push({ path, label: typeof node.label === 'string' ? node.label : '' });
      return { ...node, recordId: to.recordId, label: to.label };
    }
    const children = node.children;
    if (!Array.isArray(children)) return node;
    let changed = false;
    const next = children.map((child: unknown, index) => {
      if (!isObject(child)) return child;
      const rewritten = visit(child, [...path, index]);
      changed ||= rewritten !== child;
      return rewritten;
    });
    return changed ? { ...node, children: next } : node;
  };
  const root = visit(document.root as unknown as Json, []);
  return moved.length === 0 ? { document, moved } : { document: { ...document, root }, moved };
}

/**
 * Puts moved chips back: each chip still at its path and still bound to `current` binds
 * `back` again with its old label. A chip the researcher has since removed, or moved by
 * editing around it, is left as it is (bound to a record that exists), never guessed at.
 */
export function restoreRecordMentions(document: unknown, moved: readonly MovedChip[], current: RecordRef, back: string): { document: unknown; restored: number } {
  if (!isBriefDocument(document)) return { document, restored: 0 };
  let root = document.root as unknown as Json;
  let restored = 0;
  for (const chip of moved) {
    const next = updateAt(root, chip.path, (node) => (isChipOf(node, current) ? { ...node, recordId: back, label: chip.label } : node));
    if (next !== root) restored += 1;
    root = next;
  }
  return restored === 0 ? { document, restored } : { document: { ...document, root }, restored };
}

/** The tree with the node at `path` replaced by `change(node)`; the same object when nothing changed. */
function updateAt(node: Json, path: readonly number[], change: (node: Json) => Json): Json {
  if (path.length === 0) return change(node);
  const [index, ...rest] = path as [number, ...number[]];
  const children = node.children;
  if (!Array.isArray(children) || !isObject(children[index])) return node;
  const child = children[index] as Json;
  const next = updateAt(child, rest, change);
  if (next === child) return node;
  return { ...node, children: children.map((c: unknown, i) => (i === index ? next : c)) };
}

function isChipOf(node: Json, ref: RecordRef): boolean {
  return node.type === 'record-mention' && node.kind === ref.kind && node.recordId === ref.recordId;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
