/**
 * Writing a fixed file so that a crash or a full disk never leaves it half-written: write a temporary
 * file in the same folder (same file system, so rename is atomic), fsync it, then rename it over the
 * original. On any failure the temporary file is removed and the original is untouched.
 */
import * as realFs from 'node:fs';
import * as path from 'node:path';

/** The file-system calls used, injectable so tests can make one fail midway. */
export interface AtomicFs {
  openSync(file: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(file: string): void;
  statSync(file: string): { mode: number };
}

let counter = 0;

export function writeFileAtomic(file: string, text: string, fs: AtomicFs = realFs): void {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${++counter}.imr-lint-tmp`,
  );
  let mode = 0o644;
  try {
    mode = fs.statSync(file).mode & 0o777;
  } catch {
    // A new file: the default mode.
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode);
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {}
    }
    try {
      fs.unlinkSync(temp);
    } catch {}
    throw error;
  }
}
