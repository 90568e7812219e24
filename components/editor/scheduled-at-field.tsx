import { Field } from "@/components/ui/field";
import { editor as editorText } from "@/lib/strings/editor";

type Props = { id: string; value: string; onValue: (value: string) => void; errors: string[] | undefined };

/** 예약 발행 시각 (a Seoul wall-clock time, to the second) of the article and the schedule forms. */
export function ScheduledAtField({ id, value, onValue, errors }: Props) {
  return (
    <Field id={id} label={editorText.form.scheduledAt} labelClassName="block font-semibold" errors={errors}>
      {(control) => (
        <input {...control} name="scheduledAt" type="datetime-local" step={1} value={value} onChange={(e) => onValue(e.target.value)} className="rounded border border-gray-400 px-3 py-2" />
      )}
    </Field>
  );
}
