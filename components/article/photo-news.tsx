import { ArticleMeta } from "@/components/article/article-meta";
import { ResponsivePicture } from "@/components/ui/responsive-picture";
import { TitledSection } from "@/components/ui/titled-section";
import type { PhotoNewsItem } from "@/lib/articles/queries";
import { reader } from "@/lib/strings";

/** 포토뉴스: the newest articles with a lead photo, as a grid of photos with their titles. */
export function PhotoNews({ items }: { items: PhotoNewsItem[] }) {
  if (items.length === 0) return null;
  return (
    <TitledSection id="photo-news-heading" title={reader.photoNews} className="mt-10" headingClassName="border-b-2 border-ink pb-2 text-xl font-bold">
      <ul className="mt-4 grid grid-cols-2 gap-x-4 gap-y-6 lg:grid-cols-4">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`/article/${item.id}`} className="group block text-ink">
              <ResponsivePicture
                picture={item.picture}
                sizes="(max-width: 1023px) 50vw, 240px"
                className="aspect-[3/2] w-full rounded bg-gray-100 object-cover"
              />
              <span className="mt-2 line-clamp-2 font-semibold leading-snug group-hover:text-brand group-hover:underline">{item.title}</span>
            </a>
            <ArticleMeta date={item.publishedAt} />
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
