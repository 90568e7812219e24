import type { PictureView } from "@/lib/articles/queries";

type Props = {
  picture: PictureView;
  /** How wide the image is drawn, for the browser's choice among the variants. */
  sizes: string;
  /** Defaults to the photo's own alt text; "" when the picture only repeats a nearby title. */
  alt?: string;
  className?: string;
  loading?: "lazy" | "eager";
};

/** `<picture>` with the AVIF/WebP/JPEG variants; width and height set, so nothing shifts. */
export function ResponsivePicture({ picture, sizes, alt, className, loading = "lazy" }: Props) {
  return (
    <picture>
      {picture.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      <img src={picture.src} alt={alt ?? picture.alt} width={picture.width} height={picture.height} loading={loading} decoding="async" className={className} />
    </picture>
  );
}
