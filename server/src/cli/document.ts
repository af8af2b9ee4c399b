/** Reading a file into a document the service takes. */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { DocumentLike } from '../service/index';

export type Loaded = { ok: true; document: DocumentLike; bom: boolean } | { ok: false; error: string };

const MAX_BYTES = 50 * 1024 * 1024;

export function loadDocument(file: string): Loaded {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error:
        code === 'ENOENT'
          ? 'File not found.'
          : code === 'EISDIR'
            ? 'Is a folder.'
            : `Cannot read the file (${code ?? 'error'}).`,
    };
  }
  if (bytes.length > MAX_BYTES)
    return { ok: false, error: `File is larger than ${MAX_BYTES / 1024 / 1024} MB.` };
  if (bytes.includes(0))
    return { ok: false, error: 'File is binary (it contains NUL bytes), not a determination.' };
  if (bytes.length === 0) return { ok: false, error: 'File is empty.' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = bytes.toString('utf8', bom ? 3 : 0);
  const languageId = /\.imr\.md$/i.test(file) ? 'imr' : 'plaintext';
  return {
    ok: true,
    bom,
    document: { uri: pathToFileURL(file).href, version: 0, languageId, getText: () => text },
  };
}
