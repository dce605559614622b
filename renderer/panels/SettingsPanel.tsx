// Project settings: name, language, start, fallback, Error occurred and offloading blocks, agent availability,
// NLP threshold, the longest message understood and the expression syntax; then this machine's canvas preferences.
import {
  DEFAULT_MAX_MESSAGE_LENGTH,
  DEFAULT_NLP_THRESHOLD,
  OFFLOADING_BLOCK_KEYS,
  OFFLOADING_BLOCK_LABELS,
  type NlpSettings,
} from '../../engine/model';
import type { SettingsPatch } from '../../engine/edit';
import { CheckField, NumberField } from '../inspector/fields/SmallFields';
import { TargetField } from '../inspector/fields/TargetField';
import { TextField } from '../inspector/fields/TextField';
import { useCommit } from '../inspector/use-commit';
import { useProject } from '../state/project-store';
import { LanguagesSettings } from './LanguagesSettings';
import { CanvasPreferences } from './CanvasPreferences';

/** When each offloading default block runs (docs/file-format.md#human-hand-over). */
const OFFLOADING_HINTS = {
  offloadingOpenedBlock: 'a Send to agent block handed over',
  offloadingDisabledBlock: 'no agent was available',
  offloadingClosedBlock: 'the agent handed back',
} as const;

export function SettingsPanel() {
  const project = useProject((s) => s.project);
  const commit = useCommit();
  const patch = (p: SettingsPatch) => commit([{ type: 'updateSettings', patch: p }], 'Edit settings');
  /**
   * One NLP setting changed, the others kept (the entity threshold is edited in the Entities panel); no `nlp` at
   * all when every one is back to its default.
   */
  const patchNlp = (change: { threshold?: number; maxMessageLength?: number | undefined }) => {
    const merged = { ...project.nlp, ...change };
    const { threshold, maxMessageLength: max, entityThreshold } = merged;
    if (threshold === undefined && max === undefined && entityThreshold === undefined)
      return patch({ nlp: null });
    const nlp: NlpSettings = {
      threshold: threshold ?? DEFAULT_NLP_THRESHOLD,
      ...(max !== undefined ? { maxMessageLength: max } : {}),
      ...(entityThreshold !== undefined ? { entityThreshold } : {}),
    };
    return patch({ nlp });
  };
  return (
    <div className="panel-list" data-testid="settings-panel">
      <TextField label="Project name" value={project.name} onCommit={(name) => patch({ name })} />
      <LanguagesSettings patch={patch} />
      <TargetField
        label="Start block"
        value={project.startBlock}
        optional={false}
        onCommit={(startBlock) => (startBlock ? patch({ startBlock }) : 'Choose a block.')}
        testId="settings-start"
      />
      <TargetField
        label="Fallback block"
        value={project.fallbackBlock}
        onCommit={(fallbackBlock) => patch({ fallbackBlock: fallbackBlock ?? null })}
      />
      <TargetField
        label="Error occurred block (failed API/code blocks, loops)"
        value={project.errorBlock}
        onCommit={(errorBlock) => patch({ errorBlock: errorBlock ?? null })}
        testId="settings-error"
      />
      {OFFLOADING_BLOCK_KEYS.map((key) => (
        <TargetField
          key={key}
          label={`${OFFLOADING_BLOCK_LABELS[key]} block (${OFFLOADING_HINTS[key]})`}
          value={project[key]}
          onCommit={(target) => patch({ [key]: target ?? null })}
          testId={`settings-${key}`}
        />
      ))}
      <CheckField
        label="Agents available (simulator and tests: unchecked, Send to agent runs Offloading disabled)"
        value={project.settings?.agentsAvailable !== false}
        onCommit={(on) => patch({ settings: { ...project.settings, agentsAvailable: on } })}
        testId="settings-agents-available"
      />
      <NumberField
        label="Intent confidence threshold (0–1)"
        value={project.nlp?.threshold}
        min={0}
        max={1}
        placeholder={String(DEFAULT_NLP_THRESHOLD)}
        onCommit={(threshold) =>
          threshold === undefined &&
          project.nlp?.maxMessageLength === undefined &&
          project.nlp?.entityThreshold === undefined
            ? patch({ nlp: null })
            : patchNlp({ threshold: threshold ?? DEFAULT_NLP_THRESHOLD })
        }
      />
      <NumberField
        label="Longest message understood (characters)"
        value={project.nlp?.maxMessageLength}
        min={1}
        max={100_000}
        placeholder={String(DEFAULT_MAX_MESSAGE_LENGTH)}
        testId="settings-max-message-length"
        onCommit={(maxMessageLength) => patchNlp({ maxMessageLength })}
      />
      <p className="muted small">
        A longer typed message goes to Not understood, as in Chatlayer (default{' '}
        {DEFAULT_MAX_MESSAGE_LENGTH.toLocaleString('en')} characters).
      </p>
      <CheckField
        label="Expression syntax: evaluate {ABS(x)}, {CAPITALIZE(name)}… in texts and condition values"
        value={project.settings?.expressionSyntax === true}
        onCommit={(on) => patch({ settings: { ...project.settings, expressionSyntax: on } })}
        testId="settings-expression-syntax"
      />
      <p className="muted small">
        As in Chatlayer, on for new projects. Off, braces with a function call stay literal text. The
        functions are listed in docs/expressions.md.
      </p>
      <CheckField
        label="Skip the introduction (user-initiated channels such as WhatsApp or a webhook)"
        value={project.settings?.skipIntroduction === true}
        onCommit={(on) => patch({ settings: { ...project.settings, skipIntroduction: on } })}
        testId="settings-skip-introduction"
      />
      <p className="muted small">
        The start block does not run: the user&apos;s first message is a normal turn (intents, then Not
        understood). Chatlayer sets this per channel; the simulator and tests can override it.
      </p>
      <CanvasPreferences />
    </div>
  );
}
