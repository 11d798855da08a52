/** One row of a definition list of facts (format, dates, counts) in the context panel. */
export function Fact({ term, value }: { term: string; value: string | number }) {
  return (
    <div className="facts__row">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
