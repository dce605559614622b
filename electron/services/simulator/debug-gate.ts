// The debugger's hold on a running turn: before each block entry the engine asks the gate, which lets
// it pass, or stops it there (a breakpoint, or the step after "step") until the designer resumes.
export type GateListener = (pausedAt: string | null) => void;

export class DebugGate {
  #breakpoints = new Set<string>();
  #stepping = false;
  #pausedAt: string | null = null;
  #release: (() => void) | null = null;
  #disabled = false;

  constructor(private readonly onChange: GateListener) {}

  get pausedAt(): string | null {
    return this.#pausedAt;
  }

  get breakpoints(): string[] {
    return [...this.#breakpoints].sort();
  }

  setBreakpoints(blocks: readonly string[]): void {
    this.#breakpoints = new Set(blocks);
  }

  /** Replays run straight through: nothing stops them. */
  set disabled(value: boolean) {
    this.#disabled = value;
  }

  /** The engine's `beforeEnter`: resolves at once, or when the designer resumes. */
  async beforeEnter(blockId: string): Promise<void> {
    if (this.#disabled || !(this.#stepping || this.#breakpoints.has(blockId))) return;
    this.#stepping = false;
    this.#pausedAt = blockId;
    const held = new Promise<void>((resolve) => (this.#release = resolve));
    this.onChange(blockId);
    await held;
  }

  /** Lets a paused turn go on: to the next stop, or (`step`) to the next block entry. False when not paused. */
  resume(step: boolean): boolean {
    if (!this.#release) return false;
    this.#stepping = step;
    this.#let();
    return true;
  }

  /** Lets go of a paused turn for good (restart, stop): nothing stops it again. */
  abandon(): void {
    this.#disabled = true;
    this.#stepping = false;
    this.#let();
  }

  #let(): void {
    const release = this.#release;
    this.#release = null;
    this.#pausedAt = null;
    release?.();
    this.onChange(null);
  }
}
