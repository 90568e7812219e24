import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  errors?: string[];
  help?: string;
};

/** A labelled input whose errors and help are tied to it with aria-describedby. */
export function Field({ id, label, errors, help, className, ...input }: Props) {
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const describedBy = [errors?.length ? errorId : null, help ? helpId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-gray-400 px-3 py-2"
        {...input}
      />
      {help && (
        <p id={helpId} className="mt-1 text-sm text-gray-700">
          {help}
        </p>
      )}
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
