// Buttons and quick replies: a title, then a jump (goTo, optional `set`) or a link (url).
import type { Button, Json } from '../../engine/model';
import { JsonField } from './fields/JsonField';
import { TargetField } from './fields/TargetField';
import { TextField } from './fields/TextField';
import { SelectField } from './fields/SmallFields';
import { X } from 'lucide-react';

export function ButtonsEditor({
  buttons,
  onCommit,
  testId,
  firstTarget,
}: {
  buttons: Button[];
  onCommit(b: Button[]): string | undefined;
  testId: string;
  firstTarget: string;
}) {
  const update = (i: number, b: Button) => onCommit(buttons.map((x, j) => (j === i ? b : x)));
  return (
    <div className="sub-list">
      {buttons.map((button, i) => (
        <fieldset key={i} className="sub-item" data-testid={`${testId}-${i}`}>
          <legend>
            Button {i + 1}
            <button
              className="link-button"
              onClick={() => onCommit(buttons.filter((_, j) => j !== i))}
              aria-label={`Remove button ${i + 1}`}
            >
              <X aria-hidden />
            </button>
          </legend>
          <TextField
            label="Title"
            value={button.title}
            onCommit={(title) => update(i, { ...button, title })}
            testId={`${testId}-${i}-title`}
          />
          <SelectField
            label="Does"
            value={'url' in button ? 'link' : 'jump'}
            options={[
              { value: 'jump', label: 'Jump to a block' },
              { value: 'link', label: 'Open a link' },
            ]}
            onCommit={(kind) =>
              update(
                i,
                kind === 'link'
                  ? { title: button.title, url: 'https://' }
                  : { title: button.title, goTo: firstTarget },
              )
            }
          />
          {'url' in button ? (
            <TextField label="URL" value={button.url} onCommit={(url) => update(i, { ...button, url })} />
          ) : (
            <>
              <TargetField
                label="Go to"
                value={button.goTo}
                optional={false}
                onCommit={(goTo) => update(i, { ...button, goTo: goTo ?? button.goTo })}
                testId={`${testId}-${i}-goto`}
              />
              <JsonField
                label="Set variables (JSON)"
                object
                value={button.set as Json | undefined}
                onCommit={(set) =>
                  update(
                    i,
                    set === undefined
                      ? { title: button.title, goTo: button.goTo }
                      : { ...button, set: set as Record<string, Json> },
                  )
                }
              />
            </>
          )}
        </fieldset>
      ))}
      <button
        className="add-button"
        onClick={() => onCommit([...buttons, { title: `Option ${buttons.length + 1}`, goTo: firstTarget }])}
        data-testid={`${testId}-add`}
      >
        + Button
      </button>
    </div>
  );
}
