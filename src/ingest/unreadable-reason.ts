// Says in words why a file system entry could not be read, from the error Node gives.

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOENT: 'not found (a dangling symbolic link?)',
  ELOOP: 'too many levels of symbolic links',
  ENOTDIR: 'a path component is not a directory',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** "unreadable: permission denied", from a Node file system error (or any error). */
export function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === undefined ? undefined : REASONS[code];
  return `unreadable: ${reason ?? (error instanceof Error ? error.message : String(error))}`;
}
