// What a simulator conversation starts with (mode, start block, session, switches), and how a restart
// combines the options it is given with the previous ones.
import type { Json, RunMode } from '../../../engine/model';

export interface SessionStart {
  mode: RunMode;
  startBlock?: string | undefined;
  session?: Record<string, Json> | undefined;
  breakpoints?: string[] | undefined;
  seed?: number | undefined;
  /** Overrides the project's `settings.skipIntroduction` when given. */
  skipIntroduction?: boolean | undefined;
  agentsAvailable?: boolean | undefined;
  /** The conversation's language; the project's primary language when not given. */
  language?: string | undefined;
}

/** A restart's options: those given, else the previous conversation's (a new seed when neither has one). */
export function nextStart(
  previous: (SessionStart & { seed: number }) | undefined,
  start: Partial<SessionStart>,
): SessionStart & { seed: number } {
  return {
    mode: start.mode ?? previous?.mode ?? 'mocked',
    startBlock: 'startBlock' in start ? start.startBlock : previous?.startBlock,
    session: 'session' in start ? start.session : previous?.session,
    skipIntroduction: 'skipIntroduction' in start ? start.skipIntroduction : previous?.skipIntroduction,
    seed: start.seed ?? previous?.seed ?? Math.floor(Math.random() * 2 ** 31),
    agentsAvailable: 'agentsAvailable' in start ? start.agentsAvailable : previous?.agentsAvailable,
    language: 'language' in start ? start.language : previous?.language,
  };
}

export /** The start's own switches, when it sets them (else the project's settings apply). */
function startSwitches(start: SessionStart): {
  skipIntroduction?: boolean;
  agentsAvailable?: boolean;
  language?: string;
} {
  const { skipIntroduction, agentsAvailable, language } = start;
  return {
    ...(language !== undefined ? { language } : {}),
    ...(skipIntroduction !== undefined ? { skipIntroduction } : {}),
    ...(agentsAvailable !== undefined ? { agentsAvailable } : {}),
  };
}
