import { describe, expect, it } from "vitest";
import { responsiveBodyHtml } from "@/lib/articles/responsive-body";
import type { PictureView } from "@/lib/articles/queries";

const picture: PictureView = {
  imageId: 8,
  alt: "공원",
  caption: null,
  width: 960,
  height: 640,
  src: "/media/a/960.jpg",
  sources: [
    { type: "image/avif", srcSet: "/media/a/480.avif 480w, /media/a/960.avif 960w" },
    { type: "image/webp", srcSet: "/media/a/480.webp 480w, /media/a/960.webp 960w" },
  ],
};

describe("responsiveBodyHtml", () => {
  it("wraps uploaded photos in <picture> with AVIF and WebP sources, keeping the img", () => {
    const html = '<figure><img src="/media/a/960.jpg" alt="산책로" width="960" height="640" loading="lazy" data-image-id="8"><figcaption>캡션</figcaption></figure>';
    const out = responsiveBodyHtml(html, { 8: picture });
    expect(out).toContain('<picture><source type="image/avif" srcset="/media/a/480.avif 480w, /media/a/960.avif 960w"');
    expect(out).toContain('<source type="image/webp"');
    expect(out).toContain('alt="산책로"');
    expect(out).toMatch(/<\/picture><figcaption>캡션<\/figcaption>/);
  });

  it("adds missing width and height", () => {
    const out = responsiveBodyHtml('<p><img src="/x.jpg" alt="" data-image-id="8"></p>', { 8: picture });
    expect(out).toMatch(/<img [^>]*width="960"/);
    expect(out).toMatch(/<img [^>]*height="640"/);
  });

  it("leaves unknown images alone and loads the first photo eagerly when asked", () => {
    const html = '<img src="/x.jpg" alt="" loading="lazy" data-image-id="99"><img src="/y.jpg" alt="" loading="lazy" data-image-id="8">';
    const out = responsiveBodyHtml(html, { 8: picture }, { eagerFirst: true });
    expect(out.startsWith('<img fetchpriority="high" src="/x.jpg" alt="" data-image-id="99">')).toBe(true);
    expect(out).toContain('loading="lazy" data-image-id="8"');
  });
});
