// Inspector form of a Get time block (docs/file-format.md#get-time-block): the variable, the offset, `next`.
import type { GetTimeBlock } from '../../engine/model';
import { TIME_OFFSET_LIMIT_HOURS } from '../../engine/model';
import { offsetLabel } from '../blocks/summary-text';
import { NumberField } from './fields/SmallFields';
import { NextField } from './fields/TargetField';
import { TextField } from './fields/TextField';
import { usePatchBlock } from './use-commit';

export function GetTimeForm({ block }: { block: GetTimeBlock }) {
  const patch = usePatchBlock(block.id);
  return (
    <>
      <TextField
        label="Store the time in"
        value={block.variable}
        list="variable-names"
        testId="field-variable"
        onCommit={(variable) => patch({ variable }, 'Set variable')}
      />
      <NumberField
        label="Offset from UTC, in hours (5.5 is UTC+05:30; empty: UTC only)"
        value={block.offsetHours}
        min={-TIME_OFFSET_LIMIT_HOURS}
        max={TIME_OFFSET_LIMIT_HOURS}
        onCommit={(offsetHours) =>
          offsetHours !== undefined && !Number.isInteger(offsetHours * 4)
            ? 'Use whole quarter hours (5.25, 5.5, 5.75).'
            : patch({ offsetHours }, 'Set offset')
        }
        testId="field-offsetHours"
      />
      <p className="muted small" data-testid="get-time-shape">
        Stores {`{${block.variable}.utc.hours}`}, .year, .month, .dayOfMonth, .dayOfWeek (0 is Sunday),
        .minutes, .seconds and .ISO
        {block.offsetHours !== undefined
          ? `, and the same under {${block.variable}.offset…} at ${offsetLabel(block.offsetHours)}`
          : ''}
        . A fixed offset: daylight saving time is not applied.
      </p>
      <NextField value={block.next} patch={patch} />
    </>
  );
}
