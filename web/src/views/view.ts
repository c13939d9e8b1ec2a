import type { Route } from '../router.js';
import type { StreamEvent } from '../stream.js';

/** A top-level view: drawn once, refreshed from the control API, told about routes and stream events. */
export interface View {
  element: HTMLElement;
  refresh(): Promise<void>;
  /** Shows what the route names (a capture, a delivery, …) or the view's default state. */
  show(route: Route): void;
  onStream(event: StreamEvent): void;
}
