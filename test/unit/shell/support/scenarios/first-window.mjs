// The page in the first window asks for its notebook; a stranger page tries the same; the
// page tries to leave the app and to open windows.
export default async function firstWindow(fake) {
  const [window] = fake.windows();
  const { report } = fake;
  report.info = await fake.call(window, 'notebook.info');
  report.state = await fake.call(window, 'app.state');
  report.stranger = await fake.call(window, 'notebook.info', {}, 'https://evil.example/?next=app://parley');

  const contents = window.webContents;
  report.navigation = {
    externalPrevented: contents.fire('will-navigate', { url: 'https://evil.example/' }),
    droppedFilePrevented: contents.fire('will-navigate', { url: 'file:///home/ada/Downloads/article.html' }),
    redirectPrevented: contents.fire('will-redirect', { url: 'app://parley.evil/' }),
    inAppPrevented: contents.fire('will-navigate', { url: 'app://parley/index.html' }),
    webviewPrevented: contents.fire('will-attach-webview', {}),
  };
  report.windowOpen = [
    contents.windowOpenHandler({ url: 'https://example.org/article' }),
    contents.windowOpenHandler({ url: 'file:///etc/passwd' }),
  ];
  report.logged = await fake.call(window, 'app.log', { level: 'error', message: 'The brief editor lost its selection', stack: 'Error: lost\n    at Editor' });
  report.title = window.record.title;
}
