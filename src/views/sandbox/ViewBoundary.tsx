// Keeps one view's rendering error from blanking the page: the rest of the sandbox keeps working.
import { Component, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the view after it failed; `retry` renders it again. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

export class ViewBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('A view failed to render:', error);
  }

  retry = () => this.setState({ failed: false });

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
