// Keeps a failing part of the UI (a lazy chunk that did not load, a bug in one form) from blanking the app.
import { Component, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ what: string; children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-banner" role="alert">
        <span>
          The {this.props.what} failed: {this.state.error.message}
        </span>
        <button className="icon-button" onClick={() => this.setState({ error: null })}>
          Retry
        </button>
      </div>
    );
  }
}
