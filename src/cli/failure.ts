/** What the user sees when something outside the command's own checks fails: one line, never a stack trace. */
import { say, type Bilingual, type Lang } from "../core/messages";

/** One line for an unexpected error; the stack only with KEHOACH_DEBUG=1. */
export function failureMessage(error: unknown, lang: Lang): string {
  if (process.env.KEHOACH_DEBUG === "1") return String((error as Error)?.stack ?? error);
  return say(failureText(error), lang);
}

function failureText(error: unknown): Bilingual {
  const e = error as NodeJS.ErrnoException;
  const path = e?.path ?? "";
  switch (e?.code) {
    case "ENOENT":
      return { vi: `Không tìm thấy tệp hoặc thư mục: ${path}. Hãy kiểm tra lại tên.`, en: `Not found: ${path}. Check the file or folder name.` };
    case "EACCES":
    case "EPERM":
      return { vi: `Không có quyền dùng ${path}.`, en: `No permission to use ${path}.` };
    case "EISDIR":
      return { vi: `${path} là một thư mục, không phải tệp.`, en: `${path} is a folder, not a file.` };
    case "ENOSPC":
      return { vi: "Ổ đĩa đã đầy.", en: "The disk is full." };
  }
  const why = String(e?.message ?? error).split("\n")[0];
  return {
    vi: `Lỗi không mong đợi: ${why}. Chạy lại với KEHOACH_DEBUG=1 để xem chi tiết và báo lỗi.`,
    en: `Unexpected error: ${why}. Run again with KEHOACH_DEBUG=1 for details and report it.`,
  };
}

/** `kehoach targets | head`: when the reader closes the pipe, stop quietly instead of crashing on EPIPE. */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}
