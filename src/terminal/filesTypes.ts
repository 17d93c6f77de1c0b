// One entry of the terminal machine's file tree.

export type FileNode =
  /** An explicit directory (one that may be empty). */
  | { kind: 'dir'; mtime?: number }
  | {
      kind: 'file';
      /** The text `cat` prints, or null for a binary file (or one whose text is not reproduced). */
      text: string | null;
      /** Bytes on disk (ls -l). */
      size: number;
      /** For a file without text: the one-line note `cat` prints instead of its bytes. */
      note?: string;
      /** Virtual ms of its last change; absent for the files of the unpacked distribution. */
      mtime?: number;
    };
