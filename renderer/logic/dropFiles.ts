/**
 * A drag carries files when its types list "Files". Text or links dragged from another
 * window must not show the import overlay: dropping them would import nothing.
 */
export function carriesFiles(types: ReadonlyArray<string> | null | undefined): boolean {
  return Array.from(types ?? []).includes('Files');
}
