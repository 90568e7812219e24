import type { FormHTMLAttributes, ReactNode } from "react";

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "action"> & {
  /** The article the form acts on, sent as the hidden `id` field. */
  articleId: number;
  action: (formData: FormData) => void;
  /** The action's refusal or failure, shown on top as an alert. */
  message?: string;
  children: ReactNode;
};

/** One of the small forms of an article's edit page (정정, 관련기사, status changes): each acts on that article alone. */
export function ArticleActionForm({ articleId, action, message, children, ...form }: Props) {
  return (
    <form action={action} {...form}>
      <input type="hidden" name="id" value={articleId} />
      {message && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {message}
        </p>
      )}
      {children}
    </form>
  );
}
