import { useNotebook } from '../../state/stores';

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** One entity from a short list (a party, an actor); the proposal's own parties come first. */
export function EntitySelect({ label, value, onChange, preferred, allowNone }: { label: string; value: string; onChange: (id: string) => void; preferred: readonly string[]; allowNone: string }) {
  const [{ entities }] = useNotebook();
  const sorted = [...entities].sort((a, b) => Number(preferred.includes(b.id)) - Number(preferred.includes(a.id)) || byName.compare(a.name, b.name));
  return (
    <select className="field" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{allowNone}</option>
      {sorted.map((e) => (
        <option key={e.id} value={e.id}>
          {e.name}
        </option>
      ))}
    </select>
  );
}
