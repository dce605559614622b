// The Settings panel's preferences of this machine, apart from the project's settings above them: what the
// mouse wheel does on the canvas (state/canvas-prefs.ts; localStorage, not the project file, not undoable).
import { SelectField } from '../inspector/fields/SmallFields';
import { useCanvasPrefs, type WheelMode } from '../state/canvas-prefs';

const WHEEL_OPTIONS: { value: WheelMode; label: string }[] = [
  { value: 'zoom', label: 'Zooms' },
  { value: 'pan', label: 'Pans (Shift sideways, Ctrl/Cmd zooms)' },
];

export function CanvasPreferences() {
  const wheel = useCanvasPrefs((s) => s.wheel);
  const setWheel = useCanvasPrefs((s) => s.setWheel);
  return (
    <fieldset className="languages-settings" data-testid="canvas-preferences">
      <legend>This machine (not in the project)</legend>
      <SelectField
        label="Mouse wheel on the canvas"
        value={wheel}
        options={WHEEL_OPTIONS}
        onCommit={(mode) => {
          setWheel(mode);
          return undefined;
        }}
        testId="pref-wheel"
      />
      <p className="muted small">
        Saved on this computer only, not in the project. Zoom with the canvas&apos;s + and − buttons in either
        mode.
      </p>
    </fieldset>
  );
}
