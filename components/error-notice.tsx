import Link from "next/link";
import { common } from "@/lib/strings/common";
import { seo } from "@/lib/strings/seo";

type Props = {
  digest: string | undefined;
  reset: () => void;
  /** A full page load home instead of the client router's, for when the router may be what broke. */
  plainHomeLink?: boolean;
};

/**
 * The body of error.tsx and global-error.tsx. Shows no error message or stack: those stay in the
 * server log. The digest lets an operator find the matching log line.
 */
export function ErrorNotice({ digest, reset, plainHomeLink = false }: Props) {
  const homeClass = "px-4 py-2 text-brand underline";
  return (
    <>
      <h1 className="text-2xl font-bold">{common.errorTitle}</h1>
      <p className="mt-3">{common.errorBody}</p>
      {digest && <p className="mt-2 text-sm text-muted">{seo.errorCode(digest)}</p>}
      <p className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="rounded border border-gray-400 px-4 py-2">
          {common.retry}
        </button>
        {plainHomeLink ? (
          <a href="/" className={homeClass}>
            {common.goHome}
          </a>
        ) : (
          <Link href="/" className={homeClass}>
            {common.goHome}
          </Link>
        )}
      </p>
    </>
  );
}
