// JSON's value of a text, or undefined when the text is not JSON: for files read from disk, whose damage is no error.

/** JSON's value of `text`, or undefined when it is none. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
