import { useState } from 'react';
import { currentVersion, EntityKind, LinkRole, type Annotation, type RecordLink } from '../../shared/model';
import { emptyFact, isFactRole, type FactRole } from '../logic/proposalFacts';
import type { TypeaheadOption } from '../logic/recordTypeahead';
import { recordName } from '../logic/recordNames';
import type { FormFocus, Span } from '../state/AnnotateStore';
import { useAnnotate, useNotebook, useProposals, useReader } from '../state/stores';
import { FactFields } from './FactFields';
import { RecordTypeahead } from './RecordTypeahead';

const splitTags = (tags: string) => [...new Set(tags.split(',').map((t) => t.trim()).filter(Boolean))];

/** Links, role, tags and comment for a new annotation (the selection) or an existing one. */
export function AnnotationForm({ span, editing, focus }: { span: Span; editing: Annotation | null; focus: FormFocus }) {
  const [{ entities, proposals }] = useNotebook();
  const [, store] = useAnnotate();
  const [links, setLinks] = useState<RecordLink[]>(editing?.links ?? []);
  const [kind, setKind] = useState<'entity' | 'proposal'>(focus === 'proposal' ? 'proposal' : 'entity');
  const [role, setRole] = useState<LinkRole>('mention');
  const [entityKind, setEntityKind] = useState<EntityKind>('person');
  const [tags, setTags] = useState((editing?.tags ?? []).join(', '));
  const [comment, setComment] = useState(editing?.comment ?? '');
  const [{ source }] = useReader();
  const [, proposalStore] = useProposals();
  const [fact, setFact] = useState(() => emptyFact(source ? currentVersion(source).text.slice(span.start, span.end) : ''));
  const [problem, setProblem] = useState<string | null>(null);
  // A new selection linked to a proposal as a term, status or position also adds that fact.
  const factLinks = editing ? [] : links.filter((l): l is RecordLink & { role: FactRole } => l.kind === 'proposal' && isFactRole(l.role));
  const factRoles = [...new Set(factLinks.map((l) => l.role))];
  const parties = proposals.filter((p) => factLinks.some((l) => l.recordId === p.id)).flatMap((p) => p.parties);

  const choose = async (option: TypeaheadOption) => {
    const recordId = option.kind === 'record' ? option.recordId : await store.createRecord(kind, option.name, entityKind);
    if (!recordId) return;
    setLinks((now) => (now.some((l) => l.kind === kind && l.recordId === recordId) ? now : [...now, { kind, recordId, role }]));
  };
  // Said in the form itself: the reader's own message line is under the form, out of sight.
  const notSaved = () => setProblem(`Not saved: ${store.getSnapshot().message ?? 'Parley could not save it.'}`);
  const save = async () => {
    const fields = { links, comment: comment.trim(), tags: splitTags(tags) };
    if (editing) return void (await store.change(editing, fields) || notSaved());
    if (factRoles.includes('term') && !fact.label.trim()) return setProblem('Name the term, e.g. “duration”.');
    if (factRoles.includes('position') && !fact.partyId) return setProblem('Choose the party whose position this is.');
    if (links.length === 0 && !fields.comment && fields.tags.length === 0) return;
    const created = await store.create(span, fields);
    if (!created) return notSaved();
    for (const link of factLinks) {
      const change = await proposalStore.addFact(link.recordId, link.role, fact, created);
      if (change) store.addProposalChange(created.id, change);
    }
  };

  return (
    <form
      className="annotation-form"
      data-testid="annotation-form"
      aria-label={editing ? 'Edit annotation' : 'New annotation'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') store.closeForm();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
      }}
    >
      {links.length > 0 && (
        <ul className="annotation-form__links" aria-label="Links">
          {links.map((link, i) => (
            <li key={`${link.kind}:${link.recordId}`} className={`chip chip--${link.kind}`}>
              <span dir="auto">{recordName(link, entities, proposals)}</span>
              <select aria-label="Role" value={link.role} onChange={(e) => setLinks(links.map((l, j) => (j === i ? { ...l, role: e.target.value as LinkRole } : l)))}>
                {LinkRole.options.map((r) => <option key={r}>{r}</option>)}
              </select>
              <button type="button" className="link" aria-label="Remove link" onClick={() => setLinks(links.filter((_, j) => j !== i))}>×</button>
            </li>
          ))}
        </ul>
      )}
      <div className="annotation-form__row">
        <select aria-label="Record kind" value={kind} onChange={(e) => setKind(e.target.value as 'entity' | 'proposal')}>
          <option value="entity">Entity</option>
          <option value="proposal">Proposal</option>
        </select>
        <select aria-label="Role for the next link" value={role} onChange={(e) => setRole(e.target.value as LinkRole)}>
          {LinkRole.options.map((r) => <option key={r}>{r}</option>)}
        </select>
        {kind === 'entity' && (
          <select aria-label="Kind of a new entity" value={entityKind} onChange={(e) => setEntityKind(e.target.value as EntityKind)}>
            {EntityKind.options.map((k) => <option key={k}>{k}</option>)}
          </select>
        )}
      </div>
      <RecordTypeahead key={kind} kind={kind} onChoose={(o) => void choose(o)} onSubmitEmpty={() => void save()} autoFocus={focus !== 'comment'} />
      {factRoles.length > 0 && <FactFields roles={factRoles} draft={fact} onChange={setFact} parties={parties} />}
      {problem && <p className="annotation-form__problem" role="alert">{problem}</p>}
      <input className="annotation-form__tags" aria-label="Tags (comma-separated)" placeholder="Tags, comma-separated" value={tags} onChange={(e) => setTags(e.target.value)} />
      <textarea aria-label="Comment" placeholder="Comment" rows={2} value={comment} autoFocus={focus === 'comment'} onChange={(e) => setComment(e.target.value)} />
      <div className="annotation-form__actions">
        <button type="submit" className="button button--primary" data-testid="annotation-save">{editing ? 'Save changes' : 'Save annotation'}</button>
        <button type="button" className="button" onClick={() => store.closeForm()}>Cancel</button>
      </div>
    </form>
  );
}
