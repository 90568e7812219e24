"use client";
import type { ReactNode } from "react";
import { editor as editorText } from "@/lib/strings/editor";

const formText = editorText.form;

type Props = {
  status: string;
  allowed: { publish: boolean; schedule: boolean; submit: boolean };
  pending: boolean;
  /** Extra controls after the submit buttons (the article form's preview and saving status). */
  children?: ReactNode;
};

/** The save / submit / schedule / publish buttons an editor form's role allows, each sending its `intent`. */
export function IntentButtons({ status, allowed, pending, children }: Props) {
  const isDraft = status === "NEW" || status === "DRAFT";
  return (
    <div className="flex flex-wrap gap-2 border-t border-gray-200 pt-4">
      <button type="submit" name="intent" value="save" disabled={pending} className="rounded border border-gray-500 px-4 py-2 font-semibold">
        {isDraft ? formText.saveDraft : formText.saveChanges}
      </button>
      {allowed.submit && !allowed.publish && isDraft && (
        <button type="submit" name="intent" value="submit" disabled={pending} className="rounded border border-brand px-4 py-2 font-semibold text-brand">
          {formText.submit}
        </button>
      )}
      {allowed.schedule && status !== "PUBLISHED" && (
        <button type="submit" name="intent" value="schedule" disabled={pending} className="rounded border border-brand px-4 py-2 font-semibold text-brand">
          {formText.schedule}
        </button>
      )}
      {allowed.publish && status !== "PUBLISHED" && (
        <button type="submit" name="intent" value="publish" disabled={pending} className="rounded bg-brand px-5 py-2 font-bold text-white">
          {formText.publish}
        </button>
      )}
      {children}
    </div>
  );
}
