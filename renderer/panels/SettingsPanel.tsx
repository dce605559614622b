// Project settings: name, language, start, fallback and Error occurred blocks, NLP threshold.
import { DEFAULT_NLP_THRESHOLD } from '../../engine/model';
import type { SettingsPatch } from '../../engine/edit';
import { NumberField } from '../inspector/fields/SmallFields';
import { TargetField } from '../inspector/fields/TargetField';
import { TextField } from '../inspector/fields/TextField';
import { useCommit } from '../inspector/use-commit';
import { useProject } from '../state/project-store';

export function SettingsPanel() {
  const project = useProject((s) => s.project);
  const commit = useCommit();
  const patch = (p: SettingsPatch) => commit([{ type: 'updateSettings', patch: p }], 'Edit settings');
  return (
    <div className="panel-list" data-testid="settings-panel">
      <TextField label="Project name" value={project.name} onCommit={(name) => patch({ name })} />
      <TextField
        label="Language (BCP 47)"
        value={project.language}
        onCommit={(language) => patch({ language })}
      />
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
      <NumberField
        label="Intent confidence threshold (0–1)"
        value={project.nlp?.threshold}
        min={0}
        max={1}
        placeholder={String(DEFAULT_NLP_THRESHOLD)}
        onCommit={(threshold) => patch({ nlp: threshold === undefined ? null : { threshold } })}
      />
    </div>
  );
}
