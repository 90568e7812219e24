import type { PictureView } from "@/lib/articles/queries";
import { ARTICLE_IMAGE_SIZES } from "@/lib/articles/responsive-body";

// The lead photo: above the fold, so it loads eagerly with high priority (it is the LCP).
export function ArticlePicture({ picture }: { picture: PictureView }) {
  return (
    <figure className="my-5">
      <picture>
        {picture.sources.map((source) => (
          <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={ARTICLE_IMAGE_SIZES} />
        ))}
        <img
          src={picture.src}
          alt={picture.alt}
          width={picture.width}
          height={picture.height}
          fetchPriority="high"
          decoding="async"
          className="h-auto w-full rounded bg-gray-100"
        />
      </picture>
      {picture.caption && <figcaption className="mt-2 text-sm text-muted">{picture.caption}</figcaption>}
    </figure>
  );
}
