// Writing a file the user named in a PathDialog: the host refuses to replace an existing file
// (a `conflict`) until the user confirms, then the write is repeated with `overwrite: true`.
export async function confirmingOverwrite<T>(
  target: string,
  write: (overwrite: boolean) => Promise<T>,
  confirm: (question: string) => boolean = (q) => window.confirm(q),
): Promise<T> {
  try {
    return await write(false);
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code !== 'conflict') throw e;
    if (!confirm(`${target} already exists. Replace it?`)) throw e;
    return write(true);
  }
}
