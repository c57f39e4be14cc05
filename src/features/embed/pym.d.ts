// The part of pym.js (npm `pym.js`, 1.3) the embed uses: the child's side of the protocol.
declare module 'pym.js' {
  interface ChildSettings {
    /** Called with the host's width when it changes. */
    readonly renderCallback?: (width: number) => void;
    /** A pattern the host's origin must match for its messages to count; `*` by default. */
    readonly xdomain?: string;
    /** Milliseconds between height messages sent on a timer; 0 (none) by default. */
    readonly polling?: number;
  }
  interface Child {
    /** Sends the body's offsetHeight to the host, and returns it. */
    sendHeight(): string;
    /** Stops listening to the host. */
    remove(): void;
  }
  const pym: { readonly Child: new (settings?: ChildSettings) => Child };
  export default pym;
}
