/** What the user sees when something outside the command's own checks fails: one line, never a stack trace. */
import type { Lang } from "../core/messages";

/** One line for an unexpected error; the stack only with KEHOACH_DEBUG=1. */
export function failureMessage(error: unknown, lang: Lang): string {
  if (process.env.KEHOACH_DEBUG === "1") return String((error as Error)?.stack ?? error);
  const e = error as NodeJS.ErrnoException;
  const path = e?.path ?? "";
  switch (e?.code) {
    case "ENOENT":
      return lang === "en" ? `Not found: ${path}. Check the file or folder name.` : `Không tìm thấy tệp hoặc thư mục: ${path}. Hãy kiểm tra lại tên.`;
    case "EACCES":
    case "EPERM":
      return lang === "en" ? `No permission to use ${path}.` : `Không có quyền dùng ${path}.`;
    case "EISDIR":
      return lang === "en" ? `${path} is a folder, not a file.` : `${path} là một thư mục, không phải tệp.`;
    case "ENOSPC":
      return lang === "en" ? "The disk is full." : "Ổ đĩa đã đầy.";
  }
  const why = String(e?.message ?? error).split("\n")[0];
  return lang === "en"
    ? `Unexpected error: ${why}. Run again with KEHOACH_DEBUG=1 for details and report it.`
    : `Lỗi không mong đợi: ${why}. Chạy lại với KEHOACH_DEBUG=1 để xem chi tiết và báo lỗi.`;
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
