// A block's NLP part, as on Chatlayer's NLP tab (docs/file-format.md#contexts): the intent that also leads here,
// the input contexts it requires and the output contexts it sets, each with a lifespan in user turns.
import { useMemo } from 'react';
import {
  ContextName,
  DEFAULT_CONTEXT_LIFESPAN,
  type Block,
  type BlockContexts,
  type OutputContext,
} from '../../engine/model';
import { useProject } from '../state/project-store';
import { NumberField, SelectField } from './fields/SmallFields';
import { TextField } from './fields/TextField';
import { usePatchBlock } from './use-commit';

const checkName = (v: string) => {
  if (v.trim() === '') return 'A context needs a name.';
  const r = ContextName.safeParse(v);
  return r.success ? undefined : r.error.issues[0]!.message;
};

/** Every context name the project uses, for completion. */
function useContextNames(): string[] {
  const project = useProject((s) => s.project);
  return useMemo(() => {
    const names = new Set<string>();
    for (const flow of project.flows)
      for (const b of flow.blocks) {
        b.contexts?.input?.forEach((n) => names.add(n));
        b.contexts?.output?.forEach((o) => names.add(o.name));
      }
    names.delete('');
    return [...names].sort();
  }, [project]);
}

export function ContextsSection({ block }: { block: Block }) {
  const patch = usePatchBlock(block.id);
  const intents = useProject((s) => s.project.intents);
  const names = useContextNames();
  const input = block.contexts?.input ?? [];
  const output = block.contexts?.output ?? [];
  const commit = (next: BlockContexts, label: string) => {
    const clean: BlockContexts = {
      ...(next.input?.length ? { input: next.input } : {}),
      ...(next.output?.length ? { output: next.output } : {}),
    };
    return patch({ contexts: clean.input || clean.output ? clean : undefined }, label);
  };
  const setInput = (list: string[], label: string) => commit({ input: list, output }, label);
  const setOutput = (list: OutputContext[], label: string) => commit({ input, output: list }, label);
  return (
    <fieldset className="contexts-section" data-testid="contexts-section">
      <legend>NLP: intent and contexts</legend>
      <datalist id="context-names">
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <SelectField
        label="Intent that leads here"
        value={block.intent ?? ''}
        options={[
          { value: '', label: '(none)' },
          ...intents.map((i) => ({ value: i.id, label: i.id })),
          ...(block.intent && !intents.some((i) => i.id === block.intent)
            ? [{ value: block.intent, label: `${block.intent} (missing)` }]
            : []),
        ]}
        onCommit={(intent) => patch({ intent: intent || undefined }, 'Link intent')}
        testId="field-intent"
      />
      <h5>Required contexts</h5>
      {input.map((name, i) => (
        <div className="context-row" key={`in-${i}`} data-testid={`context-input-${i}`}>
          <TextField
            label={`Required context ${i + 1}`}
            value={name}
            list="context-names"
            validate={checkName}
            onCommit={(v) =>
              setInput(
                input.map((x, j) => (j === i ? v : x)),
                'Edit required context',
              )
            }
            testId={`context-input-${i}-name`}
          />
          <button
            className="link-button"
            onClick={() =>
              setInput(
                input.filter((_, j) => j !== i),
                'Remove required context',
              )
            }
            aria-label={`Remove required context ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        className="link-button"
        data-testid="context-input-add"
        onClick={() => setInput([...input, ''], 'Add required context')}
      >
        + Required context
      </button>
      <h5>Output contexts</h5>
      {output.map((o, i) => (
        <div className="context-row" key={`out-${i}`} data-testid={`context-output-${i}`}>
          <TextField
            label={`Output context ${i + 1}`}
            value={o.name}
            list="context-names"
            validate={checkName}
            onCommit={(name) =>
              setOutput(
                output.map((x, j) => (j === i ? { ...x, name } : x)),
                'Edit output context',
              )
            }
            testId={`context-output-${i}-name`}
          />
          <NumberField
            label="Lifespan (user turns)"
            value={o.lifespan}
            min={1}
            max={1000}
            testId={`context-output-${i}-lifespan`}
            onCommit={(lifespan) =>
              lifespan === undefined || !Number.isInteger(lifespan)
                ? 'Enter a whole number of user turns, 1 or more.'
                : setOutput(
                    output.map((x, j) => (j === i ? { ...x, lifespan } : x)),
                    'Edit lifespan',
                  )
            }
          />
          <button
            className="link-button"
            onClick={() =>
              setOutput(
                output.filter((_, j) => j !== i),
                'Remove output context',
              )
            }
            aria-label={`Remove output context ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        className="link-button"
        data-testid="context-output-add"
        onClick={() =>
          setOutput([...output, { name: '', lifespan: DEFAULT_CONTEXT_LIFESPAN }], 'Add output context')
        }
      >
        + Output context
      </button>
      <p className="muted small">
        An intent leads here only while every required context is active; when several blocks fit, the one
        whose context has the most user turns left wins. Each user message takes one turn off every context.
        Chatlayer does not document whether several required contexts must all be active (Botloom requires
        all) nor which block wins over a block without contexts (Botloom prefers the one with contexts).
      </p>
    </fieldset>
  );
}
