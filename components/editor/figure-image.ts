import { Node } from "@tiptap/react";

export type FigureImageAttrs = {
  src: string;
  alt: string;
  width: number | null;
  height: number | null;
  imageId: number | null;
  caption: string;
};

declare module "@tiptap/react" {
  interface Commands<ReturnType> {
    figureImage: {
      insertFigureImage: (attrs: FigureImageAttrs) => ReturnType;
    };
  }
}

const intOrNull = (value: string | null): number | null => (value && /^\d{1,6}$/.test(value) ? Number(value) : null);

/**
 * An uploaded photo as one block: `<figure><img … data-image-id><figcaption>`. The reader
 * side adds AVIF/WebP sources by data-image-id, so the body keeps just the JPEG fallback.
 * An atom: caption and alt are set in the upload dialog, not typed inline.
 */
export const FigureImage = Node.create({
  name: "figureImage",
  group: "block",
  atom: true,
  draggable: true,

  addAttributes() {
    return {
      src: { default: "" },
      alt: { default: "" },
      width: { default: null },
      height: { default: null },
      imageId: { default: null },
      caption: { default: "" },
    };
  },

  parseHTML() {
    return [
      {
        tag: "figure",
        getAttrs: (element) => {
          const img = element.querySelector("img");
          if (!img) return false;
          return {
            src: img.getAttribute("src") ?? "",
            alt: img.getAttribute("alt") ?? "",
            width: intOrNull(img.getAttribute("width")),
            height: intOrNull(img.getAttribute("height")),
            imageId: intOrNull(img.getAttribute("data-image-id")),
            caption: element.querySelector("figcaption")?.textContent ?? "",
          };
        },
      },
      {
        tag: "img[src]",
        getAttrs: (img) => ({
          src: img.getAttribute("src") ?? "",
          alt: img.getAttribute("alt") ?? "",
          width: intOrNull(img.getAttribute("width")),
          height: intOrNull(img.getAttribute("height")),
          imageId: intOrNull(img.getAttribute("data-image-id")),
          caption: "",
        }),
      },
    ];
  },

  renderHTML({ node }) {
    const attrs = node.attrs as FigureImageAttrs;
    const img: Record<string, string> = { src: attrs.src, alt: attrs.alt, loading: "lazy" };
    if (attrs.width) img.width = String(attrs.width);
    if (attrs.height) img.height = String(attrs.height);
    if (attrs.imageId) img["data-image-id"] = String(attrs.imageId);
    return attrs.caption ? ["figure", {}, ["img", img], ["figcaption", {}, attrs.caption]] : ["figure", {}, ["img", img]];
  },

  addCommands() {
    return {
      insertFigureImage:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});
