// The simulator's controls: the HTTP mode (always visible), start/restart, start from the selected
// block, the debugger's continue and step, a breakpoint on the selected block, and "follow the bot".
import { useState } from 'react';
import { projectLanguages, type Json, type RunMode } from '../../engine/model';
import { useBlockNames } from '../blocks/use-block-names';
import { useProject } from '../state/project-store';
import { useSimulator } from './SimulatorContext';
import { CircleDot, Play, RotateCw, StepForward } from 'lucide-react';

const MODES: { mode: RunMode; label: string; title: string }[] = [
  { mode: 'mocked', label: 'Mocked', title: "API calls answered by the project's mocks (no network)" },
  { mode: 'live', label: 'Live', title: 'API calls go to the real servers' },
  {
    mode: 'record',
    label: 'Record',
    title: 'API calls go to the real servers and their answers are kept as mocks',
  },
];

export interface SimulatorToolbarProps {
  mode: RunMode;
  onMode(mode: RunMode): void;
  /** The initial session to start with; null while the typed JSON is invalid (starting waits). */
  session: Record<string, Json> | undefined | null;
  sessionOpen: boolean;
  onToggleSession(): void;
  /** Start without the introduction, as a user-initiated channel does. */
  skipIntroduction: boolean;
  onSkipIntroduction(skip: boolean): void;
}

export function SimulatorToolbar({
  mode,
  onMode,
  session,
  sessionOpen,
  onToggleSession,
  skipIntroduction,
  onSkipIntroduction,
}: SimulatorToolbarProps) {
  const sim = useSimulator();
  const state = useProject((s) => s.simState);
  const busy = useProject((s) => s.simBusy);
  const follow = useProject((s) => s.simFollow);
  const setFollow = useProject((s) => s.setSimFollow);
  const selected = useProject((s) => (s.selected.size === 1 ? [...s.selected][0]! : null));
  const hasBreakpoint = useProject((s) => (selected ? s.breakpoints.has(selected) : false));
  const agentsDefault = useProject((s) => s.project.settings?.agentsAvailable ?? true);
  const primary = useProject((s) => s.project.language);
  const secondary = useProject((s) => s.project.secondaryLanguages);
  const [language, setLanguage] = useState<string | null>(null);
  const languages = projectLanguages({ language: primary, secondaryLanguages: secondary }).all;
  const talking = language !== null && languages.includes(language) ? language : primary;
  const paused = state?.status === 'paused';
  const start = { mode, skipIntroduction, ...(session ? { session } : {}) };
  const invalid = session === null;
  const names = useBlockNames();
  const at = state?.pausedAt ?? state?.waitingAt ?? null;

  return (
    <div className="sim-toolbar" role="toolbar" aria-label="Simulator">
      <div className="sim-modes" role="radiogroup" aria-label="HTTP mode">
        {MODES.map((m) => (
          <button
            key={m.mode}
            type="button"
            role="radio"
            aria-checked={mode === m.mode}
            className={`sim-mode mode-${m.mode}${mode === m.mode ? ' active' : ''}`}
            title={m.title}
            onClick={() => onMode(m.mode)}
            data-testid={`sim-mode-${m.mode}`}
          >
            {m.label}
          </button>
        ))}
      </div>
      <button
        type="button"
        onClick={() => void (state ? sim.restart(start) : sim.start(start))}
        disabled={(busy && !paused) || invalid}
        data-testid="sim-restart"
        title="Start the conversation again from the start block"
      >
        {state ? <RotateCw aria-hidden /> : <Play aria-hidden />} {state ? 'Restart' : 'Start'}
      </button>
      <button
        type="button"
        disabled={!selected || (busy && !paused) || invalid}
        onClick={() => selected && void sim.restart({ ...start, startBlock: selected })}
        data-testid="sim-start-here"
        title="Start a conversation at the selected block"
      >
        Start here
      </button>
      <button
        type="button"
        aria-pressed={sessionOpen}
        onClick={onToggleSession}
        data-testid="sim-session-toggle"
        title="The session the next start begins with"
      >
        Session…
      </button>
      <label
        className="sim-follow"
        title="A user-initiated channel (WhatsApp, a webhook): the start block does not run and the user's first message is a normal turn. Applies at the next start; the default is the project's setting."
      >
        <input
          type="checkbox"
          checked={skipIntroduction}
          onChange={(e) => onSkipIntroduction(e.target.checked)}
          data-testid="sim-skip-intro"
        />{' '}
        Skip intro
      </label>
      <span className="sim-sep" />
      <button
        type="button"
        disabled={!paused}
        onClick={() => void sim.resume(false)}
        data-testid="sim-continue"
        title="Continue to the next stop (F8)"
      >
        <Play aria-hidden /> Continue
      </button>
      <button
        type="button"
        disabled={!paused}
        onClick={() => void sim.resume(true)}
        data-testid="sim-step"
        title="Run this block and stop before the next one (F10)"
      >
        <StepForward aria-hidden /> Step
      </button>
      <button
        type="button"
        disabled={!selected}
        aria-pressed={hasBreakpoint}
        onClick={() => selected && void sim.toggleBreakpoint(selected)}
        data-testid="sim-breakpoint"
        title="Stop before the selected block runs (F9)"
      >
        <CircleDot aria-hidden /> {hasBreakpoint ? 'Remove breakpoint' : 'Breakpoint'}
      </button>
      <label className="sim-follow" title="Keep the canvas on the block the bot is at">
        <input
          type="checkbox"
          checked={follow}
          onChange={(e) => setFollow(e.target.checked)}
          data-testid="sim-follow"
        />{' '}
        Follow
      </label>
      <label
        className="sim-follow"
        title="Whether a Send to agent block finds a human agent; unchecked, it runs Offloading disabled. Changing it restarts the conversation."
      >
        <input
          type="checkbox"
          checked={state?.agentsAvailable ?? agentsDefault}
          disabled={busy || invalid}
          onChange={(e) => void sim.restart({ ...start, agentsAvailable: e.target.checked })}
          data-testid="sim-agents-available"
        />{' '}
        Agents available
      </label>
      {languages.length > 1 && (
        <label
          className="sim-follow"
          title="The language the bot speaks and understands in this conversation (texts and NLP model). Changing it restarts the conversation; a block may still switch it by setting internal.preferredLanguage."
        >
          Language{' '}
          <select
            value={talking}
            disabled={busy || invalid}
            onChange={(e) => {
              setLanguage(e.target.value);
              void sim.restart({ ...start, language: e.target.value });
            }}
            data-testid="sim-language"
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
      )}
      <span
        className={`sim-status status-${state?.status ?? 'idle'}`}
        data-testid="sim-status"
        data-mode={state?.mode ?? mode}
      >
        {statusText(state?.status, at === null ? null : names.title(at))}
      </span>
    </div>
  );
}

function statusText(status: string | undefined, block: string | null): string {
  switch (status) {
    case 'paused':
      return `Paused before ${block}`;
    case 'running':
      return 'Running…';
    case 'waiting':
      return block ? `Waiting at ${block}` : 'Waiting';
    case 'ended':
      return 'Ended';
    default:
      return 'Not started';
  }
}
