// A row of tabs (ARIA tablist): one button per tab, the active one marked, an optional count badge.
export interface Tab<T extends string> {
  id: T;
  label: string;
  testId: string;
  /** A badge shown when above zero (problems, errors, failed tests). */
  count?: number;
}

export function TabStrip<T extends string>({
  tabs,
  active,
  onSelect,
  label,
  className = 'side-tabs',
}: {
  tabs: readonly Tab<NoInfer<T>>[];
  active: T;
  onSelect(id: NoInfer<T>): void;
  label: string;
  className?: string;
}) {
  return (
    <nav className={className} role="tablist" aria-label={label}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          aria-selected={t.id === active}
          className={t.id === active ? 'active' : ''}
          onClick={() => onSelect(t.id)}
          data-testid={t.testId}
        >
          {t.label}
          {t.count !== undefined && t.count > 0 && <span className="count">{t.count}</span>}
        </button>
      ))}
    </nav>
  );
}
