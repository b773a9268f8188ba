import { Component, type ReactNode } from 'react';

interface Props {
  fallback: (error: unknown, reset: () => void) => ReactNode;
  children: ReactNode;
}

/** Keeps one panel's crash inside that panel; the rest of the dashboard stays up. */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state = { error: undefined as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown error') };
  }

  reset = () => this.setState({ error: undefined });

  override render() {
    return this.state.error !== undefined
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children;
  }
}
