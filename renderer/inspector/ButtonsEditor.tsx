// Buttons and quick replies: a title, then a jump (goTo, optional `set`) or a link (url). A new jump button
// starts unconnected (no goTo): validation says so until it is connected here or on the canvas.
import type { Button, Json, JumpButton } from '../../engine/model';
import { JsonField } from './fields/JsonField';
import { TargetField } from './fields/TargetField';
import { TextField } from './fields/TextField';
import { SelectField } from './fields/SmallFields';
import { X } from 'lucide-react';

/** The jump button leading to `goTo`, or unconnected (no `goTo` key) when it is undefined. */
function withGoTo(button: JumpButton, goTo: string | undefined): JumpButton {
  const { goTo: _, ...rest } = button;
  return goTo === undefined ? rest : { ...rest, goTo };
}

/** The button's title with its translations: what a change of what the button does keeps. */
function titleOf(button: Button): Pick<Button, 'title' | 'translations'> {
  return button.translations
    ? { title: button.title, translations: button.translations }
    : { title: button.title };
}

export function ButtonsEditor({
  buttons,
  onCommit,
  testId,
}: {
  buttons: Button[];
  onCommit(b: Button[]): string | undefined;
  testId: string;
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
            testId={`${testId}-${i}-does`}
            onCommit={(kind) =>
              update(i, kind === 'link' ? { ...titleOf(button), url: 'https://' } : titleOf(button))
            }
          />
          {'url' in button ? (
            <TextField label="URL" value={button.url} onCommit={(url) => update(i, { ...button, url })} />
          ) : (
            <>
              <TargetField
                label="Go to"
                value={button.goTo}
                placeholder="(not connected)"
                onCommit={(goTo) => update(i, withGoTo(button, goTo))}
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
                      ? withGoTo(titleOf(button), button.goTo)
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
        onClick={() => onCommit([...buttons, { title: `Option ${buttons.length + 1}` }])}
        data-testid={`${testId}-add`}
      >
        + Button
      </button>
    </div>
  );
}
