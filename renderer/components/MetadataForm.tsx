import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { FieldGuess, MetadataField as GuessedField, SourceMeta, TextDirection } from '../../shared/model';
import { draftOf, type DraftField, type MetadataDraft } from '../logic/metadataDraft';
import { useMetadata } from '../state/stores';
import { MetadataField, PublishedField } from './MetadataFields';

type TextField = Exclude<DraftField, 'date' | 'direction' | 'authors'>;

const TEXT_FIELDS: ReadonlyArray<{ name: TextField; label: string; hint?: string; type?: string }> = [
  { name: 'title', label: 'Title' },
  { name: 'outlet', label: 'Outlet' },
  { name: 'url', label: 'URL', type: 'url' },
  { name: 'language', label: 'Language', hint: 'A language code such as en, fr or ar' },
];

const DIRECTIONS: ReadonlyArray<{ value: TextDirection; label: string }> = [
  { value: 'auto', label: 'Automatic (paragraph by paragraph)' },
  { value: 'ltr', label: 'Left to right' },
  { value: 'rtl', label: 'Right to left' },
];

/** Every field of a source's description, with how Parley guessed each; saving confirms them. */
export function MetadataForm({ source }: { source: SourceMeta }) {
  const [state, store] = useMetadata();
  const [draft, setDraft] = useState<MetadataDraft>(() => draftOf(source));
  const form = useRef<HTMLFormElement>(null);
  const original = useMemo(() => draftOf(source), [source]);
  // A guess stops being news once the researcher has changed the field it was about.
  const guessFor = (name: DraftField): FieldGuess | undefined => {
    const field: GuessedField = name === 'date' ? 'publishedAt' : name;
    const unchanged = name === 'date' ? draft.precision === original.precision && draft.date === original.date : draft[name] === original[name];
    return unchanged ? source.guesses[field] : undefined;
  };

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);
  // After a refused save, the keyboard lands on the first field that needs another look.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state.fieldErrors]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      store.close();
    }
  };
  const text = (name: TextField, label: string, hint?: string, type?: string) => (
    <MetadataField
      key={name}
      name={name}
      label={label}
      hint={hint}
      guess={guessFor(name)}
      error={state.fieldErrors[name]}
      control={({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="field"
          type={type ?? 'text'}
          dir={name === 'url' || name === 'language' ? 'ltr' : 'auto'}
          value={draft[name]}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => setDraft({ ...draft, [name]: e.currentTarget.value })}
        />
      )}
    />
  );
  const [title, outlet, ...rest] = TEXT_FIELDS.map((f) => text(f.name, f.label, f.hint, f.type));

  return (
    <form
      ref={form}
      className="metadata-form"
      aria-labelledby="metadata-heading"
      data-testid="metadata-form"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void store.confirm(source, draft);
      }}
    >
      <h2 id="metadata-heading" className="metadata-form__heading">
        {source.metadataConfirmed ? 'Edit details' : 'Check the details Parley guessed'}
      </h2>
      {state.error && (
        <p className="form-error" role="alert" data-testid="metadata-error">
          {state.error}
        </p>
      )}
      {title}
      {outlet}
      <MetadataField
        name="authors"
        label="Authors"
        hint="Separate names with commas, or put one name on each line"
        guess={guessFor('authors')}
        error={state.fieldErrors.authors}
        control={({ id, describedBy }) => (
          <textarea
            id={id}
            className="field"
            rows={2}
            dir="auto"
            value={draft.authors}
            aria-describedby={describedBy}
            onChange={(e) => setDraft({ ...draft, authors: e.currentTarget.value })}
          />
        )}
      />
      <PublishedField draft={draft} onChange={setDraft} guess={guessFor('date')} error={state.fieldErrors.date} />
      {rest}
      <MetadataField
        name="direction"
        label="Text direction"
        guess={guessFor('direction')}
        error={state.fieldErrors.direction}
        control={({ id, describedBy }) => (
          <select
            id={id}
            className="field"
            value={draft.direction}
            aria-describedby={describedBy}
            onChange={(e) => setDraft({ ...draft, direction: e.currentTarget.value as TextDirection })}
          >
            {DIRECTIONS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        )}
      />
      <div className="metadata-form__actions">
        <button type="submit" className="button button--primary" data-testid="metadata-confirm" disabled={state.saving}>
          {state.saving ? 'Saving…' : source.metadataConfirmed ? 'Save' : 'Confirm'}
        </button>
        <button type="button" className="button button--quiet" onClick={() => store.close()} disabled={state.saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
