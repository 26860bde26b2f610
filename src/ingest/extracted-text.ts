// The text and metadata a format reader (HTML, Markdown) takes out of a file, before normalisation.

/** Text taken out of a formatted file, with the metadata the file states. */
export interface ExtractedText {
  /** Plain text, one paragraph or heading per line. */
  readonly text: string;
  readonly title?: string | undefined;
  readonly outlet?: string | undefined;
  /** `YYYY-MM-DD`. */
  readonly published?: string | undefined;
}
