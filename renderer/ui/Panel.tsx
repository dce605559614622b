// A titled panel of the workspace. Docked panels (left, right, bottom) have a splitter on their inner
// edge and a collapse button; collapsed, they are a narrow strip whose button brings them back. Their
// content stays mounted while collapsed (a tab, a chat in progress, a draft are kept).
import { useId, type ReactNode } from 'react';
import { ChevronDown, ChevronUp, ChevronsLeft, ChevronsRight, type LucideIcon } from 'lucide-react';
import { useLayoutStore } from '../state/layout-store';
import type { Dock } from '../state/panel-layout';
import { Splitter } from './Splitter';

const ARROWS: Record<Dock, { collapse: LucideIcon; expand: LucideIcon }> = {
  left: { collapse: ChevronsLeft, expand: ChevronsRight },
  right: { collapse: ChevronsRight, expand: ChevronsLeft },
  bottom: { collapse: ChevronDown, expand: ChevronUp },
};

export function Panel({
  title,
  className,
  testId,
  dock,
  children,
}: {
  title: string;
  className?: string;
  testId?: string;
  dock?: Dock;
  children: ReactNode;
}) {
  const bodyId = useId();
  const collapsed = useLayoutStore((s) => (dock ? s.layout[dock].collapsed : false));
  const setCollapsed = useLayoutStore((s) => s.setCollapsed);
  const Arrow = dock && ARROWS[dock][collapsed ? 'expand' : 'collapse'];
  const toggle = dock && Arrow && (
    <button
      type="button"
      className="panel-collapse"
      aria-expanded={!collapsed}
      aria-controls={bodyId}
      aria-label={`${collapsed ? 'Expand' : 'Collapse'} the ${title} panel`}
      title={`${collapsed ? 'Expand' : 'Collapse'} the ${title} panel`}
      data-testid={testId ? `${testId}-${collapsed ? 'expand' : 'collapse'}` : undefined}
      onClick={() => setCollapsed(dock, !collapsed)}
    >
      <Arrow aria-hidden size={14} />
    </button>
  );
  return (
    <aside
      className={`panel ${className ?? ''}${collapsed ? ' panel-collapsed' : ''}`}
      data-testid={testId}
      data-collapsed={dock ? String(collapsed) : undefined}
      aria-label={title}
    >
      {dock && !collapsed && <Splitter dock={dock} title={title} controls={bodyId} />}
      <h3 className="panel-title">
        <span className="panel-title-text">{title}</span>
        {toggle}
      </h3>
      <div className="panel-body" id={bodyId} hidden={collapsed}>
        {children}
      </div>
    </aside>
  );
}
