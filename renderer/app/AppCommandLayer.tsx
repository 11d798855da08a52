import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppCommand } from '../../shared/app-commands';
import { SourceFilesInput } from '../components/SourceFilesInput';
import { bytesToBase64 } from '../logic/base64';
import { useNotebook, useSearch, useWorkspace } from '../state/stores';
import { appPaletteCommands } from './appCommandList';
import { useApp, useAppStores } from './appStores';
import { AppCommandContext, type AppCommandRunner } from './commandContext';
import { AppDialogs } from './AppDialogs';
import { runAppCommand, type AppDialog } from './runAppCommand';

/**
 * Carries out the app's commands, whether the palette or the desktop menu sent them, and
 * holds what they open: the app's dialogs and two hidden file pickers.
 */
export function AppCommandLayer({ children }: { children: ReactNode }) {
  const { api, notices } = useAppStores();
  const [{ app: state }, app] = useApp();
  const [, notebook] = useNotebook();
  const [, workspace] = useWorkspace();
  const [, search] = useSearch();
  const [dialog, setDialog] = useState<AppDialog | null>(null);
  const sourcesPicker = useRef<HTMLInputElement>(null);
  const bundlePicker = useRef<HTMLInputElement>(null);

  const pickNow = (what: 'sources' | 'bundle') => (what === 'sources' ? sourcesPicker : bundlePicker).current?.click();
  const run = (command: AppCommand, viaMenu: boolean) => {
    const place = {
      api, app, notices, notebook, workspace, search,
      openDialog: setDialog,
      // A desktop menu's message is no click in the page, and the browser opens a picker only
      // in answer to one: a dialog asks for the click first. From the palette, the picker
      // waits for the palette to close (the page behind a modal dialog is inert).
      pick: (what: 'sources' | 'bundle') => {
        if (viaMenu) setDialog(what === 'sources' ? 'pick-sources' : 'pick-bundle');
        else setTimeout(() => pickNow(what));
      },
    };
    void runAppCommand(command, place);
  };
  // The latest `run` for the desktop shell's listener, subscribed once.
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => window.parleyShell?.onCommand((command) => latest.current(command, true)), []);

  const recent = state?.recent;
  const openPath = state?.notebook?.path ?? null;
  const paletteCommands = useMemo(() => appPaletteCommands(recent ?? [], openPath), [recent, openPath]);
  const runner = useMemo((): AppCommandRunner => ({ paletteCommands, run: (command) => latest.current(command, false) }), [paletteCommands]);

  const importBundle = async (file: File) => {
    notices.say(`Opening ${file.name}…`);
    const opened = await app.importBundle(file.name, bytesToBase64(new Uint8Array(await file.arrayBuffer())));
    if (!opened) notices.say(app.getSnapshot().problem ?? 'Could not import the bundle.', 'problem');
  };

  return (
    <AppCommandContext.Provider value={runner}>
      {children}
      <SourceFilesInput ref={sourcesPicker} testId="app-import-sources-input" />
      <input
        ref={bundlePicker}
        className="visually-hidden"
        type="file"
        accept=".zip,application/zip"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="app-import-bundle-input"
        onChange={(event) => {
          const [file] = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = '';
          if (file) void importBundle(file);
        }}
      />
      <AppDialogs dialog={dialog} onClose={() => setDialog(null)} onPick={pickNow} />
    </AppCommandContext.Provider>
  );
}
