// A field's Korean error messages, linked to its input through aria-describedby.
type Errors = Partial<Record<string, string[]>>;

export function errorId(name: string): string {
  return `${name.replace(/[^A-Za-z0-9_-]/g, "-")}-error`;
}

export function describedBy(name: string, errors: Errors): string | undefined {
  return errors[name]?.length ? errorId(name) : undefined;
}

export function FieldError({ name, errors }: { name: string; errors: Errors }) {
  const messages = errors[name];
  if (!messages?.length) return null;
  return (
    <p id={errorId(name)} className="mt-1 text-sm font-semibold text-red-700">
      {messages.join(" ")}
    </p>
  );
}
