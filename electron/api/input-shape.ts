// A method's raw input is walked once before its schema sees it: Electron IPC carries structured
// clones, which may hold cycles or nest deeper than any recursive parser can follow, and either would
// overflow the stack of the schema check or of the service. The web host refuses such bodies at
// the same depth before parsing them (electron/transports/http.ts).

/** Deepest nesting of objects and arrays a method input may have (as the web host allows). */
export const MAX_INPUT_DEPTH = 256;

/** Why `input` cannot be checked (a cycle, too deep), naming where; undefined when it can. */
export function inputShapeProblem(input: unknown): string | undefined {
  // Iterative, so the walk itself cannot overflow; `open` holds the objects on the current path.
  const open = new Set<object>();
  const stack: { value: unknown; path: string; depth: number; leaving?: boolean }[] = [
    { value: input, path: '(input)', depth: 0 },
  ];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.leaving) {
      open.delete(item.value);
      continue;
    }
    if (open.has(item.value)) return `${item.path} refers back to itself (a cycle): send plain JSON`;
    if (item.depth >= MAX_INPUT_DEPTH)
      return `${item.path} nests deeper than ${MAX_INPUT_DEPTH} levels: send a flatter value`;
    open.add(item.value);
    stack.push({ ...item, leaving: true });
    for (const [key, child] of Object.entries(item.value))
      if (typeof child === 'object' && child !== null)
        stack.push({
          value: child,
          path: Array.isArray(item.value) ? `${item.path}[${key}]` : `${item.path}.${key}`,
          depth: item.depth + 1,
        });
  }
  return undefined;
}
