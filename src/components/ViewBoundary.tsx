import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The view's name, for the console: "timeline". */
  readonly name: string;
  /** What the reader is told: what failed, and what still works without it. */
  readonly message: string;
  /** The retry button's words, which name the view: "Show the timeline again". */
  readonly retryLabel: string;
  /** Called before the view is tried again (the map fetches its chunk again). */
  readonly onRetry?: () => void;
  /** Wraps the message, so the map's keeps the map's frame. */
  readonly className?: string;
  readonly children: ReactNode;
}

interface State {
  readonly hasFailed: boolean;
  /** Bumped by a retry, so the view mounts afresh rather than reusing broken state. */
  readonly attempt: number;
}

/**
 * One view's error boundary. If the view throws while rendering, the reader gets a short
 * alert and a retry in its place, and the other views carry on: each view has its own.
 */
export class ViewBoundary extends Component<Props, State> {
  override state: State = { hasFailed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { hasFailed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // The console keeps the detail for whoever debugs it; the reader gets the message.
    console.error(`The ${this.props.name} view failed:`, error, info.componentStack);
  }

  private handleRetry = () => {
    this.props.onRetry?.();
    this.setState(({ attempt }) => ({ hasFailed: false, attempt: attempt + 1 }));
  };

  override render() {
    const { message, retryLabel, className, children } = this.props;
    if (!this.state.hasFailed)
      return <ViewAttempt key={this.state.attempt}>{children}</ViewAttempt>;
    return (
      <div className={['view-failure', className].filter(Boolean).join(' ')} role="alert">
        <p>{message}</p>
        <button type="button" className="button" onClick={this.handleRetry}>
          {retryLabel}
        </button>
      </div>
    );
  }
}

/** Gives each attempt its own key, so a retry remounts the view. */
function ViewAttempt({ children }: { readonly children: ReactNode }) {
  return children;
}
