import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { log: (message: string, stack: string | undefined) => void; children: ReactNode };

/**
 * A part of the page that fails to render would otherwise leave the window blank. The
 * person gets a plain sentence and a way on; the log gets the error and where it happened.
 */
export class PageErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const message = error instanceof Error ? error.message : String(error);
    const stack = [error instanceof Error ? error.stack : undefined, info.componentStack].filter(Boolean).join('\nComponents:');
    this.props.log(`Page failed to render: ${message}`, stack || undefined);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="screen" data-testid="page-failed">
        <div className="screen__card">
          <h1 className="screen__title">Something went wrong on this page</h1>
          <p>Your notebook is saved. What happened has been written to Parley’s log.</p>
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      </main>
    );
  }
}
