import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the pane is called, for the message ("Canvas", "Code"...). */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
  /** Bumped by "Reload pane" so the pane mounts afresh rather than re-rendering a broken tree. */
  generation: number;
}

/**
 * Keeps a crash inside one pane: the rest of the editor goes on working and the design,
 * which lives in the store and is autosaved, is not touched.
 */
export class PaneBoundary extends Component<Props, State> {
  override state: State = { error: undefined, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`The ${this.props.name} pane crashed`, error, info.componentStack);
  }

  private reload = () => this.setState((s) => ({ error: undefined, generation: s.generation + 1 }));

  override render() {
    const { error, generation } = this.state;
    if (!error) return <Fragment key={generation}>{this.props.children}</Fragment>;
    return (
      <div role="alert" className="flex h-full min-h-0 flex-col items-center justify-center gap-3 overflow-auto p-6 text-center">
        <p className="text-[13px] font-medium text-slate-800 dark:text-slate-100">The {this.props.name} pane stopped working.</p>
        <p className="max-w-sm font-mono text-xs break-words text-slate-500 dark:text-slate-400">{error.message}</p>
        <p className="max-w-sm text-xs text-slate-500 dark:text-slate-400">Your design is safe: it is kept apart from the panes and saved automatically.</p>
        <button
          type="button"
          onClick={this.reload}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-[13px] font-medium text-slate-800 shadow-xs hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
        >
          Reload pane
        </button>
      </div>
    );
  }
}
