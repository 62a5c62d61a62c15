/** A panel that fails to load or render shows why in the pane; the rest of the pane keeps working. */
import { Component, type ReactNode } from "react";
import type { Strings } from "../i18n";
import { ErrorNotice } from "./ErrorNotice";

interface Props {
  t: Strings;
  children: ReactNode;
}

export class PanelBoundary extends Component<Props, { error: string | null }> {
  state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  render() {
    if (this.state.error) return <ErrorNotice t={this.props.t} message={this.state.error} onDismiss={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
