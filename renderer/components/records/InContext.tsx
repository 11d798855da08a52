import { inContext } from '../../logic/mentionGroups';

/** A mention with a few words either side, the mention itself marked. */
export function InContext({ text, start, end, fallback }: { text: string | undefined; start: number; end: number; fallback: string }) {
  if (text === undefined) return <q dir="auto">{fallback}</q>;
  const context = inContext(text, start, end);
  return (
    <span className="in-context" dir="auto">
      {context.before}
      <mark className="in-context__mention">{context.text}</mark>
      {context.after}
    </span>
  );
}
