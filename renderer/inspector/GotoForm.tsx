// Inspector form of a Go To block (docs/file-format.md#go-to-block): ordered rules (first that holds wins) and `else`,
// each with the variables it sets when taken. A new rule starts unconnected (validation says so until it is
// connected here or on the canvas).
import type { GotoBlock, GotoRule } from '../../engine/model';
import { ConditionEditor } from './ConditionEditor';
import { TargetField } from './fields/TargetField';
import { TransitionSetsEditor } from './TransitionSetsEditor';
import { usePatchBlock } from './use-commit';
import { ArrowUp, X } from 'lucide-react';

/** The rule leading to `goTo`, or unconnected (no `goTo` key) when it is undefined. */
function ruleTo(rule: GotoRule, goTo: string | undefined): GotoRule {
  const { goTo: _, ...rest } = rule;
  return goTo === undefined ? rest : { ...rest, goTo };
}

export function GotoForm({ block }: { block: GotoBlock }) {
  const patch = usePatchBlock(block.id);
  const setRules = (rules: GotoRule[]) => patch({ rules }, 'Edit rules');
  const update = (i: number, r: GotoRule) => setRules(block.rules.map((x, j) => (j === i ? r : x)));
  const swap = (i: number, j: number) => {
    const rules = [...block.rules];
    [rules[i], rules[j]] = [rules[j]!, rules[i]!];
    return setRules(rules);
  };
  return (
    <>
      <div className="sub-list">
        {block.rules.map((rule, i) => (
          <fieldset key={i} className="sub-item" data-testid={`rule-${i}`}>
            <legend>
              Rule {i + 1}
              {i > 0 && (
                <button
                  className="link-button"
                  onClick={() => swap(i, i - 1)}
                  aria-label={`Move rule ${i + 1} up`}
                >
                  <ArrowUp aria-hidden />
                </button>
              )}
              <button
                className="link-button"
                onClick={() => setRules(block.rules.filter((_, j) => j !== i))}
                aria-label={`Remove rule ${i + 1}`}
              >
                <X aria-hidden />
              </button>
            </legend>
            <ConditionEditor
              when={rule.when}
              onCommit={(when) => update(i, { ...rule, when })}
              testId={`rule-${i}`}
            />
            <TargetField
              label="Go to"
              value={rule.goTo}
              placeholder="(not connected)"
              onCommit={(goTo) => update(i, ruleTo(rule, goTo))}
              testId={`rule-${i}-goto`}
            />
            <TransitionSetsEditor
              sets={rule.set}
              exit={`rule ${i + 1}`}
              onCommit={(set) => update(i, set ? { ...rule, set } : ruleTo({ when: rule.when }, rule.goTo))}
              testId={`sets-rule-${i}`}
            />
          </fieldset>
        ))}
        <button
          className="add-button"
          data-testid="rule-add"
          onClick={() => setRules([...block.rules, { when: { var: 'answer', op: 'eq', value: 'yes' } }])}
        >
          + Rule
        </button>
      </div>
      <TargetField
        label="Else"
        value={block.else}
        onCommit={(v) => patch({ else: v }, 'Set else')}
        testId="field-else"
      />
      <TransitionSetsEditor
        sets={block.elseSet}
        exit="else"
        onCommit={(elseSet) => patch({ elseSet }, 'Set variables on else')}
        testId="sets-else"
      />
    </>
  );
}
