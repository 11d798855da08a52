import { useState } from 'react';

type Props = { value: string; onSave: (value: string) => void; label: string; placeholder?: string; multiline?: boolean; className?: string; testId?: string };

/** A text field that saves when the researcher leaves it, and only if it changed. */
export function SavedText(props: Props) {
  // Keyed by the saved value: when the record changes underneath, the field shows it.
  return <Field key={props.value} {...props} />;
}

function Field({ value, onSave, label, placeholder, multiline, className = 'field', testId }: Props) {
  const [draft, setDraft] = useState(value);
  const common = {
    className,
    'aria-label': label,
    'data-testid': testId,
    placeholder,
    dir: 'auto',
    value: draft,
    onBlur: () => draft !== value && onSave(draft),
  };
  return multiline ? (
    <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} />
  ) : (
    <input {...common} onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()} />
  );
}
