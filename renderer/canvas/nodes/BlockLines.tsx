// Summary lines of a block (message texts, the captured variable, the request, the first lines of code),
// memoised: a node re-rendered for its marks (the simulator passing by) keeps its lines as they are.
import { memo } from 'react';
import { HEADER_HEIGHT, LINE_HEIGHT, PADDING } from '../block-geometry';
import { TemplateText } from '../../ui/TemplateText';
import { MISSING_MARK } from '../../translations/localize-view';

export const BlockLines = memo(function BlockLines({
  lines,
  className,
}: {
  lines: string[];
  className: string;
}) {
  if (lines.length === 0) return null;
  return (
    <div className={className} style={{ top: HEADER_HEIGHT + PADDING }}>
      {lines.map((line, i) => (
        <div key={i} className="block-line" style={{ height: LINE_HEIGHT }}>
          {line.startsWith(MISSING_MARK) ? (
            <>
              <span className="translation-missing" data-testid="missing-translation">
                missing
              </span>{' '}
              <span className="translation-primary">
                <TemplateText text={line.slice(MISSING_MARK.length)} />
              </span>
            </>
          ) : (
            <TemplateText text={line} />
          )}
        </div>
      ))}
    </div>
  );
});
