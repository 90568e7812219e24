import type { InputHTMLAttributes, ReactNode } from "react";

/** The look of a full-width control, the plain input's and any select or textarea that matches it. */
export const CONTROL_CLASS = "mt-1 w-full rounded border border-gray-400 px-3 py-2";

/** What a field hands its control: the id its label points at, and the wiring to its help and errors. */
export type ControlProps = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "children"> & {
  id: string;
  label: string;
  /** The field's Korean messages (an action's `fieldErrors[name]`). */
  errors?: string[];
  help?: string;
  /** More text that describes the control (a form-wide alert), by id, read after its own. */
  describedBy?: string;
  /** Invalid without messages of its own (the form-wide alert speaks for it). */
  invalid?: boolean;
  labelClassName?: string;
  /** A control other than the plain text input (select, textarea, a styled input), given the wiring. */
  children?: (control: ControlProps) => ReactNode;
};

/**
 * A labelled control whose errors and help are tied to it with aria-describedby (`{id}-error`,
 * `{id}-help`), and which is aria-invalid while it has errors. Without `children` it is a text
 * input, and the other props are that input's.
 */
export function Field({ id, label, errors, help, describedBy, invalid, className, labelClassName = "block text-sm font-semibold", children, ...input }: Props) {
  const hasErrors = Boolean(errors?.length);
  const control: ControlProps = {
    id,
    "aria-invalid": hasErrors || invalid ? true : undefined,
    "aria-describedby": [hasErrors ? `${id}-error` : null, help ? `${id}-help` : null, describedBy].filter(Boolean).join(" ") || undefined,
  };
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {children ? children(control) : <input {...control} className={CONTROL_CLASS} {...input} />}
      {help && (
        <p id={`${id}-help`} className="mt-1 text-sm text-gray-700">
          {help}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** Error messages under a field (or a group of fields), nothing when there are none. */
export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {errors.join(" ")}
    </p>
  );
}
