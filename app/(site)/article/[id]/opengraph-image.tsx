import { OG_SIZE, renderOgCard } from "@/components/seo/og-card";
import { getArticle, parseArticleId } from "@/lib/articles/queries";
import { site } from "@/lib/site";
import { seo } from "@/lib/strings";
import { formatDate } from "@/lib/time";

// An article's share card (KakaoTalk, Facebook, X): board, title, date, in a shipped Korean font.
export const alt = seo.ogArticleAlt(site.name);
export const size = OG_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const id = parseArticleId((await params).id);
  const article = id === null ? null : await getArticle(id);
  if (!article) {
    return renderOgCard({ kicker: site.city, title: site.name });
  }
  return renderOgCard({ kicker: article.board.name, title: article.title, footer: formatDate(article.publishedAt) });
}
