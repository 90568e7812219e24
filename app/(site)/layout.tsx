import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getSiteLastEdited, listBoards } from "@/lib/articles/queries";

// Both reads are cached (tags boards, site-meta), so the layout costs nothing per request.
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [lastEdited, boards] = await Promise.all([getSiteLastEdited(), listBoards()]);
  return (
    <>
      <SiteHeader lastEdited={lastEdited} boards={boards} />
      {/* Each page renders its own <main id="main"> (the skip link's target). */}
      {children}
      <SiteFooter />
    </>
  );
}
