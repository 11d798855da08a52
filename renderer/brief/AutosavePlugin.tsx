import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { useEffect } from 'react';
import { useBrief } from '../state/stores';

/**
 * Every change to the document goes to the brief store, which saves it shortly after the
 * last keystroke. Leaving the page saves at once: a closed window must not take words with it.
 */
export function AutosavePlugin() {
  const [, brief] = useBrief();
  useEffect(() => {
    const flush = () => void brief.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [brief]);
  return <OnChangePlugin ignoreSelectionChange ignoreHistoryMergeTagChange onChange={(state) => brief.edit({ content: state.toJSON() as unknown as Record<string, unknown> })} />;
}
