/**
 * The one way a command writes a file: never over one of its inputs, never over an existing file
 * without --force, and atomically (a temporary file in the same folder, then a rename), so Ctrl-C
 * or a full disk leaves the previous file as it was and no partial file behind. (Writes are
 * synchronous: an interrupt lands before the rename or after it, never inside the file.)
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { type Bilingual, failure } from "../core/messages";

export type WriteCheck = { ok: true; path: string } | { ok: false; error: Bilingual };

export interface OutputRules {
  /** Files the command reads: the output may be none of them (same file by path, link or inode). */
  inputs: readonly string[];
  /** Replace an existing file (the user said --force). */
  force?: boolean;
}


function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** Whether `out` may be written: checked before any work, so a refusal costs nothing. */
export function checkOutput(out: string, rules: OutputRules): WriteCheck {
  const path = resolve(out);
  const input = rules.inputs.find((i) => sameFile(path, i));
  if (input) {
    return failure(
      `Tệp kết quả ${path} cũng là tệp đầu vào (${input}): không ghi đè lên tệp đầu vào. Hãy chọn tên khác cho --out.`,
      `The output ${path} is also an input (${input}): inputs are never overwritten. Choose another name for --out.`,
    );
  }
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return failure(
      `Thư mục ${folder} không tồn tại: hãy tạo thư mục trước (mkdir -p "${folder}") hoặc chọn nơi khác cho --out.`,
      `The folder ${folder} does not exist: create it first (mkdir -p "${folder}") or choose another place for --out.`,
    );
  }
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) return failure(`${path} là một thư mục, không phải tệp.`, `${path} is a folder, not a file.`);
    if (!rules.force) {
      return failure(
        `Tệp ${path} đã có: thêm --force để ghi đè, hoặc chọn tên khác cho --out.`,
        `${path} already exists: add --force to replace it, or choose another name for --out.`,
      );
    }
  }
  return { ok: true, path };
}

/** The low-level calls, replaceable in tests to play a full disk. */
export interface WriteSystem {
  write(fd: number, data: Uint8Array, offset: number): number;
}
const realSystem: WriteSystem = { write: (fd, data, offset) => writeSync(fd, data, offset) };

function reason(error: unknown, path: string): Bilingual {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOSPC" || code === "EDQUOT") return { vi: `Ổ đĩa đã đầy: chưa ghi được ${path}; tệp cũ (nếu có) vẫn giữ nguyên.`, en: `The disk is full: ${path} was not written; any previous file is unchanged.` };
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return { vi: `Không có quyền ghi vào ${path}.`, en: `No permission to write ${path}.` };
  if (code === "ENOENT") return { vi: `Thư mục của ${path} không tồn tại.`, en: `The folder of ${path} does not exist.` };
  return { vi: `Không ghi được ${path} (${code ?? "lỗi"}); tệp cũ (nếu có) vẫn giữ nguyên.`, en: `Could not write ${path} (${code ?? "error"}); any previous file is unchanged.` };
}

/** Write `data` to `path` through a temporary file in the same folder, then rename it into place. */
export function writeAtomically(path: string, data: Uint8Array | string, system: WriteSystem = realSystem): WriteCheck {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "wx", 0o644);
    for (let offset = 0; offset < bytes.length; ) offset += system.write(fd, bytes, offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
    return { ok: true, path };
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    return { ok: false, error: reason(error, path) };
  }
}

/** checkOutput, then writeAtomically: the whole rule for a command's --out. */
export function writeOutput(out: string, data: Uint8Array | string, rules: OutputRules): WriteCheck {
  const check = checkOutput(out, rules);
  return check.ok ? writeAtomically(check.path, data) : check;
}
