// A second launch asks for another notebook, then for the first one again; the menu and
// the pages are used in each window; the page of the welcome window opens a notebook that
// is already open elsewhere.
export default async function manyWindows(fake) {
  const { report, app } = fake;
  const [first] = fake.windows();
  const other = process.env.PARLEY_FAKE_OTHER_NOTEBOOK;
  const cwd = process.env.PARLEY_FAKE_CWD;

  app.emit('second-instance', {}, ['/usr/lib/electron/electron', 'dist/electron/main.mjs', '--allow-file-access-from-files', other], cwd);
  // Loaded and shown (the fake focuses a window once its page has loaded).
  await fake.until('a second window', () => (fake.windows()[1]?.record.focused ?? 0) > 0);
  report.afterSecondLaunch = fake.windows().map((w) => ({ id: w.id, title: w.record.title }));
  const second = fake.windows()[1];
  report.secondInfo = second ? await fake.call(second, 'notebook.info') : null;
  report.firstInfo = await fake.call(first, 'notebook.info');

  // The first notebook again, by a relative path: its window comes forward, no third window.
  const firstPath = (await fake.call(first, 'notebook.info')).value.path;
  const focusBefore = first.record.focused;
  app.emit('second-instance', {}, ['/usr/lib/electron/electron', 'dist/electron/main.mjs', firstPath], cwd);
  await fake.until('the first window to come forward', () => first.record.focused > focusBefore);
  await fake.settle();
  report.afterRepeat = { windows: fake.windows().length, firstFocusedAgain: first.record.focused > focusBefore, focused: fake.focused()?.id };

  // The menu follows the window in front: View > Reader goes to that page only.
  await fake.until('the menu', () => fake.menu().length > 0);
  fake.click('View', 'Reader');
  const recentMenu = () => fake.menu().find((m) => m.label === '&File').submenu.find((i) => i.label === 'Open Recent').submenu;
  await fake.until('both notebooks in Open Recent', () => recentMenu().length === 4);
  report.recentMenu = recentMenu().map((i) => i.label ?? i.type);

  // A page asking to open the notebook another window has: that window comes forward instead.
  await fake.call(first, 'notebooks.close');
  report.firstAfterClose = first.record.title;
  const closeItem = () => fake.menu().find((m) => m.label === '&File').submenu.find((i) => i.label === 'Close Notebook');
  await fake.until('the menu to follow the closed notebook', () => closeItem().enabled === false);
  report.closeEnabledWithoutNotebook = closeItem().enabled;
  const secondFocus = second.record.focused;
  const answer = await fake.call(first, 'notebooks.open', { path: report.secondInfo.value.path });
  report.openElsewhere = { notebookInFirst: answer.value?.notebook, secondCameForward: second.record.focused > secondFocus };

  // A file handed to a second launch goes into the notebook in front, and its page restarts to show it.
  const article = process.env.PARLEY_FAKE_ARTICLE;
  const reloads = second.record.reloads;
  app.emit('second-instance', {}, ['/usr/lib/electron/electron', 'dist/electron/main.mjs', article], cwd);
  await fake.until('the page to restart', () => second.record.reloads > reloads);
  report.importedIntoSecond = (await fake.call(second, 'sources.list')).value.map((s) => s.title);

  // Closing a window closes its notebook: the other window can open it now.
  second.close();
  let reopened;
  await fake.until('the closed window’s notebook to be free', async () => {
    reopened = await fake.call(first, 'notebooks.open', { path: report.secondInfo.value.path });
    return reopened.ok && reopened.value.notebook !== null;
  });
  report.reopenedInFirst = { path: reopened.value.notebook.path, windows: fake.windows().length, title: first.record.title };

  fake.click('Help', 'Open Log Folder');
  await fake.until('the log folder to open', () => report.openedPaths.length > 0);
}
