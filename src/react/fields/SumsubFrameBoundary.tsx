/**
 * Catches a SumSub frame that failed to load or render (offline, a new deploy removed the chunk) so the
 * liveness field offers Retry instead of taking the page down, and tells `onError` what happened.
 */
import { Component, type ReactNode } from 'react';

interface SumsubFrameBoundaryProps {
  /** What to show instead of the frame; `reset` renders the children again. */
  fallback: (reset: () => void) => ReactNode;
  /** Called once with each error caught. */
  onError: (error: unknown) => void;
  children: ReactNode;
}

export class SumsubFrameBoundary extends Component<SumsubFrameBoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
