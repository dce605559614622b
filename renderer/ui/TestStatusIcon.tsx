// A test's outcome as an icon with its name for screen readers (passed, failed, skipped).
import { Check, Minus, X } from 'lucide-react';

const ICONS = { passed: Check, failed: X, skipped: Minus } as const;

export function TestStatusIcon({ status }: { status: 'passed' | 'failed' | 'skipped' }) {
  const Icon = ICONS[status];
  return (
    <span className="test-status" role="img" aria-label={status}>
      <Icon aria-hidden />
    </span>
  );
}
