// What a user does to a field in the component tests, as React sees it: React listens for `input` and reads the
// value through the element's own setter, so a plain `field.value = …` would go unnoticed.
import { act } from 'react';

/** Focuses `field`, types `value` into it (replacing what was there), then leaves it (blur commits most fields). */
export async function typeAndLeave(
  field: HTMLInputElement | HTMLTextAreaElement,
  value: string,
): Promise<void> {
  await act(async () => {
    field.focus();
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
    setter.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => field.blur());
}
