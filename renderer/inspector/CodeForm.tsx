// Inspector form of a code block (docs/file-format.md#code-block): the code in Monaco, its args, and its limits beside it.
import { useMemo } from 'react';
import {
  DEFAULT_CODE_MEMORY_MB,
  DEFAULT_CODE_TIMEOUT_MS,
  type CodeBlock,
  type Json,
  type TraceEvent,
  type TraceEventOf,
} from '../../engine/model';
import { LazyCodeEditor } from '../code-editor/LazyCodeEditor';
import { useAppStore } from '../state/app-store';
import { useProject } from '../state/project-store';
import { knownVariables } from './known-variables';
import { JsonField } from './fields/JsonField';
import { NumberField } from './fields/SmallFields';
import { TransitionSetsEditor } from './TransitionSetsEditor';
import { NextField, TargetField } from './fields/TargetField';
import { usePatchBlock } from './use-commit';

/** The simulator's latest error with a line in this block (a stable object per event, so selecting it does not re-render). */
function lastCodeError(
  events: readonly TraceEvent[],
  blockId: string,
): (TraceEventOf<'error'> & { line: number }) | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'error' && e.blockId === blockId && e.line !== undefined)
      return e as TraceEventOf<'error'> & { line: number };
  }
  return null;
}

export function CodeForm({ block }: { block: CodeBlock }) {
  const patch = usePatchBlock(block.id);
  const theme = useAppStore((s) => s.theme);
  const project = useProject((s) => s.project);
  const variables = useMemo(() => knownVariables(project), [project]);
  const argKeys = Object.keys(block.args ?? {}).join('\n');
  const argNames = useMemo(() => (argKeys ? argKeys.split('\n') : []), [argKeys]);
  const runtimeError = useProject((s) => lastCodeError(s.simEvents, block.id));
  return (
    <>
      <div className="field-row">
        <NumberField
          label="Time limit (ms)"
          value={block.timeoutMs}
          min={1}
          max={600000}
          placeholder={String(DEFAULT_CODE_TIMEOUT_MS)}
          onCommit={(timeoutMs) => patch({ timeoutMs }, 'Set time limit')}
          testId="field-timeoutMs"
        />
        <NumberField
          label="Memory limit (MB)"
          value={block.memoryLimitMb}
          min={1}
          max={4096}
          placeholder={String(DEFAULT_CODE_MEMORY_MB)}
          onCommit={(memoryLimitMb) => patch({ memoryLimitMb }, 'Set memory limit')}
          testId="field-memoryLimitMb"
        />
      </div>
      <div className="field">
        <label>Code</label>
        <LazyCodeEditor
          blockId={block.id}
          value={block.code}
          argNames={argNames}
          variables={variables}
          theme={theme}
          runtimeError={runtimeError}
          onCommit={(code) => (code === block.code ? undefined : patch({ code }, 'Edit code'))}
        />
      </div>
      <JsonField
        label='Args (JSON object; "{variable}" templates)'
        object
        value={block.args as Json | undefined}
        onCommit={(args) => patch({ args }, 'Edit args')}
        testId="field-args"
      />
      <NextField value={block.next} patch={patch} />
      <TransitionSetsEditor
        sets={block.nextSet}
        exit="next"
        onCommit={(nextSet) => patch({ nextSet }, 'Set variables on next')}
        testId="sets-next"
      />
      <TargetField
        label="On error"
        value={block.onError}
        onCommit={(onError) => patch({ onError }, 'Set on error')}
        testId="field-onError"
      />
    </>
  );
}
