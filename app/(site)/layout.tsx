import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getSiteLastEdited, listBoards } from "@/lib/articles/queries";

// Runs only when a page renders (pages are served from the shared cache): the boards are a
// cached read (tag boards), the last-edited time one index probe (see getSiteLastEdited).
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
