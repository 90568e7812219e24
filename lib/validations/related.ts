// The related-picks field (article edit page): article numbers or addresses, comma-separated.
import { z } from "@/lib/validations/zod";
import { editor } from "@/lib/strings/editor";

const relatedErrors = editor.related.errors;
export const MAX_RELATED_PICKS = 5;

/** "1203" or "https://…/article/1203" (any address ending in /article/{id}) → 1203. */
function idOf(token: string): number | null {
  const match = /^(?:\d{1,10}|.*\/article\/(\d{1,10})\/?(?:[?#].*)?)$/.exec(token);
  if (!match) return null;
  const id = Number(match[1] ?? token);
  return id >= 1 && id <= 2_147_483_647 ? id : null;
}

export const relatedPicksSchema = z.object({
  related: z
    .string()
    .default("")
    .transform((raw, ctx) => {
      const ids: number[] = [];
      for (const token of raw.split(/[\s,]+/).filter(Boolean)) {
        const id = idOf(token);
        if (id === null) {
          ctx.addIssue({ code: "custom", message: relatedErrors.notAnId(token.slice(0, 40)) });
          return z.NEVER;
        }
        if (!ids.includes(id)) ids.push(id);
      }
      if (ids.length > MAX_RELATED_PICKS) {
        ctx.addIssue({ code: "custom", message: relatedErrors.tooMany });
        return z.NEVER;
      }
      return ids;
    }),
});
