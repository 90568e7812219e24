"use client";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { createPortal } from "react-dom";
import type { FigureImageAttrs } from "@/components/editor/figure-image";
import { Field } from "@/components/ui/field";
import { editor as editorText } from "@/lib/strings/editor";

type UploadResponse = { image?: { id: number; src: string; width: number; height: number; alt: string; caption: string | null }; error?: string };

const imageText = editorText.image;

/**
 * 사진 올리기: file + alt text (required) + caption, sent with XHR so the upload can report
 * progress (fetch can't). The server decides what is acceptable; its Korean message is shown.
 */
export function ImageUploadDialog({ onClose, onUploaded }: { onClose: () => void; onUploaded: (attrs: FigureImageAttrs) => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [altError, setAltError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    event.stopPropagation();
    const form = event.currentTarget;
    const data = new FormData(form);
    const alt = String(data.get("alt") ?? "").trim();
    if (alt === "") {
      setAltError(imageText.altRequired);
      return;
    }
    setAltError(null);
    setError(null);
    setProgress(0);
    sendUpload(data, {
      onProgress: setProgress,
      onError: (message) => {
        setProgress(null);
        setError(message);
      },
      onImage: (image) => {
        setProgress(null);
        onUploaded({ src: image.src, alt: image.alt, width: image.width, height: image.height, imageId: image.id, caption: image.caption ?? "" });
      },
    });
  }

  // Portalled to <body>: the article form around the editor must not contain this form.
  return createPortal(
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      className="m-auto w-full max-w-md rounded border border-gray-400 p-5 backdrop:bg-black/40"
    >
      <form onSubmit={submit} noValidate encType="multipart/form-data" className="space-y-3">
        <h2 id={`${id}-title`} className="text-lg font-bold">
          {imageText.dialogTitle}
        </h2>
        <ImageFields id={id} altError={altError} />
        {progress !== null && <UploadProgress id={id} progress={progress} />}
        <DialogFooter error={error} busy={progress !== null} onCancel={() => dialogRef.current?.close()} />
      </form>
    </dialog>,
    document.body,
  );
}

type UploadedImage = NonNullable<UploadResponse["image"]>;
type UploadCallbacks = { onProgress: (percent: number) => void; onError: (message: string) => void; onImage: (image: UploadedImage) => void };

function sendUpload(data: FormData, { onProgress, onError, onImage }: UploadCallbacks) {
  const xhr = new XMLHttpRequest();
  xhr.open("POST", "/api/uploads");
  xhr.responseType = "json";
  xhr.upload.onprogress = (e) => {
    if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
  };
  xhr.onerror = () => onError(imageText.networkError);
  xhr.onload = () => {
    const body = (xhr.response ?? {}) as UploadResponse;
    if (xhr.status >= 200 && xhr.status < 300 && body.image) onImage(body.image);
    else onError(body.error ?? imageText.failed);
  };
  xhr.send(data);
}

function ImageFields({ id, altError }: { id: string; altError: string | null }) {
  const label = "block font-semibold";
  const input = "w-full rounded border border-gray-400 px-2 py-1";
  return (
    <>
      <Field id={`${id}-file`} label={imageText.file} labelClassName={label}>
        {(control) => <input {...control} name="file" type="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif,image/heic" required />}
      </Field>
      <Field id={`${id}-alt`} label={imageText.alt} labelClassName={label} help={imageText.altHint} errors={altError ? [altError] : undefined}>
        {(control) => <input {...control} name="alt" type="text" maxLength={300} className={input} />}
      </Field>
      <Field id={`${id}-caption`} label={imageText.caption} labelClassName={label}>
        {(control) => <input {...control} name="caption" type="text" maxLength={500} className={input} />}
      </Field>
    </>
  );
}

function UploadProgress({ id, progress }: { id: string; progress: number }) {
  return (
    <div>
      <label htmlFor={`${id}-progress`} className="text-sm">
        {imageText.progress}
      </label>
      <progress id={`${id}-progress`} max={100} value={progress} className="w-full">
        {progress}%
      </progress>
    </div>
  );
}

function DialogFooter({ error, busy, onCancel }: { error: string | null; busy: boolean; onCancel: () => void }) {
  return (
    <>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <button type="button" onClick={onCancel} className="rounded border border-gray-400 px-3 py-1">
          {imageText.cancel}
        </button>
        <button type="submit" disabled={busy} className="rounded bg-brand px-3 py-1 font-semibold text-white disabled:opacity-60">
          {imageText.upload}
        </button>
      </div>
    </>
  );
}
