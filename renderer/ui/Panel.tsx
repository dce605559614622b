// A titled side panel.
import type { ReactNode } from 'react';

export function Panel({
  title,
  className,
  testId,
  children,
}: {
  title: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <aside className={`panel ${className ?? ''}`} data-testid={testId} aria-label={title}>
      <h3 className="panel-title">{title}</h3>
      <div className="panel-body">{children}</div>
    </aside>
  );
}
