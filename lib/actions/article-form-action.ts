import "server-only";
import { z } from "zod";
import type { ActionState } from "@/lib/actions/action-state";
import { authorizeAction, idField, type Redirect } from "@/lib/actions/authorize-action";
import type { Action } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-types";
import { editor } from "@/lib/strings/editor";

type ArticleForm<Values, Data> = {
  /** The form's fields as text, which every answer carries back. */
  keep: (formData: FormData) => Values;
  schema: z.ZodType<Data>;
  /** The alert over the fields when they do not parse; without it the field errors speak alone. */
  invalidMessage?: string;
};

export type ArticleFormWork<Values, Data> = (user: SessionUser, id: number, data: Data, values: Values) => Promise<ActionState<Values> | Redirect>;

/**
 * authorizeAction for the small forms about one article of its edit page (정정, 관련기사): the
 * article's id from the hidden `id` field (not an id: not found), then the form's own schema, and
 * only then `work`. Whether this user may touch that article is the posts service's to say.
 */
export async function authorizeArticleFormAction<Values, Data>(
  permission: Action,
  formData: unknown,
  form: ArticleForm<Values, Data>,
  work: ArticleFormWork<Values, Data>,
): Promise<ActionState<Values>> {
  return authorizeAction(
    permission,
    formData,
    async (user, submitted) => {
      const values = form.keep(submitted);
      const id = idField(submitted, "id");
      if (id === null) return { message: editor.errors.notFound, values };
      const parsed = form.schema.safeParse(values);
      if (!parsed.success) {
        const fieldErrors = z.flattenError(parsed.error).fieldErrors;
        return form.invalidMessage === undefined ? { fieldErrors, values } : { message: form.invalidMessage, fieldErrors, values };
      }
      return work(user, id, parsed.data, values);
    },
    form.keep,
  );
}
