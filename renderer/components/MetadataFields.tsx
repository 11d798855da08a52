import type { ReactElement } from 'react';
import type { FieldGuess } from '../../shared/model';
import { withPrecision, type DatePrecision, type DraftField, type MetadataDraft } from '../logic/metadataDraft';
import { GuessNote } from './GuessNote';

type FieldProps = {
  name: DraftField;
  label: string;
  hint?: string;
  guess: FieldGuess | undefined;
  error: string | undefined;
  /** Renders the control with the ids that tie it to its label, note and error. */
  control: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactElement;
};

/** One row of the metadata form: visible label, the control, how it was guessed, what is wrong. */
export function MetadataField({ name, label, hint, guess, error, control }: FieldProps) {
  const id = `metadata-${name}`;
  const notes = [hint && `${id}-hint`, guess && `${id}-guess`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={`form-field ${guess && guess.confidence < 0.6 ? 'form-field--check' : ''}`}>
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {control({ id, describedBy: notes || undefined, invalid: Boolean(error) })}
      {hint && (
        <span id={`${id}-hint`} className="form-field__hint">
          {hint}
        </span>
      )}
      <GuessNote guess={guess} id={`${id}-guess`} />
      {error && (
        <span id={`${id}-error`} className="form-field__error">
          {error}
        </span>
      )}
    </div>
  );
}

const PRECISIONS: ReadonlyArray<{ value: DatePrecision; label: string }> = [
  { value: 'day', label: 'Day' },
  { value: 'month', label: 'Month' },
  { value: 'unknown', label: 'Unknown' },
];

type DateProps = {
  draft: MetadataDraft;
  onChange: (draft: MetadataDraft) => void;
  guess: FieldGuess | undefined;
  error: string | undefined;
};

/** A date says only as much as the source did: a day, a month, or nothing. */
export function PublishedField({ draft, onChange, guess, error }: DateProps) {
  return (
    <MetadataField
      name="date"
      label="Published"
      guess={guess}
      error={error}
      control={({ id, describedBy, invalid }) => (
        <div className="date-field">
          <select
            className="field"
            // With no date to type, the visible label "Published" leads to the precision.
            id={draft.precision === 'unknown' ? id : undefined}
            aria-label="Date precision"
            value={draft.precision}
            onChange={(e) => onChange(withPrecision(draft, e.currentTarget.value as DatePrecision))}
          >
            {PRECISIONS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
          {draft.precision !== 'unknown' && (
            <input
              id={id}
              className="field"
              type={draft.precision === 'day' ? 'date' : 'month'}
              value={draft.date}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => onChange({ ...draft, date: e.currentTarget.value })}
            />
          )}
        </div>
      )}
    />
  );
}
