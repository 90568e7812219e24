"use client";
import { useActionState, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { saveScheduleAction } from "@/app/(editor)/editor/articles/actions";
import { IntentButtons } from "@/components/editor/intent-buttons";
import { ScheduledAtField } from "@/components/editor/scheduled-at-field";
import { Field, FieldError } from "@/components/ui/field";
import type { ScheduleLine } from "@/lib/validations/schedule-entry";
import { scheduleMessages } from "@/lib/schedule/messages";
import { parseScheduleText, type ScheduleParseError } from "@/lib/schedule/parse";
import { scheduleTitle } from "@/lib/schedule/title";
import { editor as editorText } from "@/lib/strings/editor";

type Row = { key: number; time: string; event: string; place: string; attendees: string; department: string; host: string };
const FIELDS = ["time", "event", "place", "attendees", "department", "host"] as const;
const labels = scheduleMessages.fieldLabels;
const scheduleText = editorText.schedule;

type Props = {
  article?: { id: number; version: number; status: string; date: string; entries: ScheduleLine[]; scheduledAt: string };
  boardId: number;
  /** The city in titles, from the server's site settings. */
  city?: string;
  defaultDate?: string;
  allowed: { publish: boolean; schedule: boolean; submit: boolean };
};

let nextKey = 1;
const toRow = (entry: Partial<ScheduleLine>): Row => ({
  key: nextKey++,
  time: entry.time ?? "",
  event: entry.event ?? "",
  place: entry.place ?? "",
  attendees: entry.attendees ?? "",
  department: entry.department ?? "",
  host: entry.host ?? "",
});

function safeTitle(date: string, city: string): string {
  try {
    return scheduleTitle(date, city);
  } catch {
    return "";
  }
}

type Errors = Partial<Record<string, string[]>>;

/** 주요일정: a date, rows of (time, event, place, attendees, department, host), and a ▲ paste box. */
export function ScheduleForm({ article, boardId, city = "", defaultDate = "", allowed }: Props) {
  const [state, formAction, pending] = useActionState(saveScheduleAction, {});
  const [, startTransition] = useTransition();
  const [date, setDate] = useState(article?.date ?? defaultDate);
  const [rows, setRows] = useState<Row[]>(() => (article?.entries.length ? article.entries.map(toRow) : [toRow({})]));
  const [scheduledAt, setScheduledAt] = useState(article?.scheduledAt ?? "");
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const errors = state.fieldErrors ?? {};
  const status = article?.status ?? "NEW";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      {article && <input type="hidden" name="id" value={article.id} />}
      {article && <input type="hidden" name="version" value={article.version} />}
      <input type="hidden" name="boardId" value={boardId} />
      <input type="hidden" name="entries" value={entriesJson(rows)} readOnly />

      {state.message && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {state.message}
          {state.conflict?.snapshotId ? ` ${editorText.conflict.snapshot(state.conflict.snapshotId)}` : ""}
        </p>
      )}

      <DateField id={id} date={date} onDate={setDate} title={safeTitle(date, city || "한빛시")} errors={errors} />
      <PasteBox id={id} onRows={setRows} />
      <ScheduleRows id={id} rows={rows} setRows={setRows} errors={errors} />

      {allowed.schedule && status !== "PUBLISHED" && (
        <ScheduledAtField id={`${id}-scheduled-at`} value={scheduledAt} onValue={setScheduledAt} errors={errors.scheduledAt} />
      )}

      <IntentButtons status={status} allowed={allowed} pending={pending} />
    </form>
  );
}

function entriesJson(rows: Row[]): string {
  return JSON.stringify(
    rows.map((row) => ({
      time: row.time,
      event: row.event,
      place: row.place,
      attendees: row.attendees,
      department: row.department,
      host: row.host,
    })),
  );
}

function DateField({ id, date, onDate, title, errors }: { id: string; date: string; onDate: (date: string) => void; title: string; errors: Errors }) {
  return (
    <div>
      <Field id={`${id}-date`} label={scheduleText.date} labelClassName="block font-semibold" errors={errors.date}>
        {(control) => <input {...control} name="date" type="date" value={date} onChange={(e) => onDate(e.target.value)} className="rounded border border-gray-400 px-3 py-2" />}
      </Field>
      <p className="mt-2">
        <span className="font-semibold">{scheduleText.titlePreview}: </span>
        <output aria-live="polite">{title}</output>
      </p>
    </div>
  );
}

/** The ▲ paste box: reading it replaces the rows with the parsed lines and lists the lines it could not read. */
function PasteBox({ id, onRows }: { id: string; onRows: (rows: Row[]) => void }) {
  const [paste, setPaste] = useState("");
  const [pasteErrors, setPasteErrors] = useState<ScheduleParseError[]>([]);
  const [pasteInfo, setPasteInfo] = useState("");

  function readPaste() {
    const result = parseScheduleText(paste);
    setPasteErrors(result.errors);
    if (result.entries.length > 0) {
      onRows(result.entries.map(toRow));
      setPasteInfo(scheduleText.parsed(result.entries.length));
    } else {
      setPasteInfo("");
    }
  }

  return (
    <div className="rounded border border-gray-300 bg-white p-4">
      <label htmlFor={`${id}-paste`} className="block font-semibold">
        {scheduleText.pasteLabel}
      </label>
      <p id={`${id}-paste-hint`} className="text-sm text-muted">
        {scheduleText.pasteHint}
      </p>
      <textarea
        id={`${id}-paste`}
        value={paste}
        onChange={(e) => setPaste(e.target.value)}
        rows={6}
        aria-describedby={`${id}-paste-hint${pasteErrors.length ? ` ${id}-paste-errors` : ""}`}
        className="mt-1 w-full rounded border border-gray-400 p-2"
      />
      <button type="button" onClick={readPaste} className="mt-2 rounded border border-brand px-3 py-1 font-semibold text-brand">
        {scheduleText.parse}
      </button>
      {pasteInfo && (
        <p role="status" className="mt-2 text-sm">
          {pasteInfo}
        </p>
      )}
      {pasteErrors.length > 0 && <PasteErrors id={id} errors={pasteErrors} />}
    </div>
  );
}

function PasteErrors({ id, errors }: { id: string; errors: ScheduleParseError[] }) {
  return (
    <div id={`${id}-paste-errors`} role="alert" className="mt-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
      <p className="font-semibold">{scheduleText.parseErrors}</p>
      <ul>
        {errors.map((error, i) => (
          <li key={i}>
            {scheduleText.lineError(error.line, error.reason)} <span className="text-muted">({error.text})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

type SetRows = (update: (current: Row[]) => Row[]) => void;

function ScheduleRows({ id, rows, setRows, errors }: { id: string; rows: Row[]; setRows: SetRows; errors: Errors }) {
  function update(index: number, field: (typeof FIELDS)[number], value: string) {
    setRows((current) => current.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  }

  function move(index: number, delta: number) {
    setRows((current) => {
      const target = index + delta;
      if (target < 0 || target >= current.length) return current;
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (row) next.splice(target, 0, row);
      return next;
    });
  }

  return (
    <section aria-labelledby={`${id}-rows-title`}>
      <h2 id={`${id}-rows-title`} className="mb-2 text-lg font-bold">
        {scheduleText.rows}
      </h2>
      <FieldError id={`${id}-entries-error`} errors={errors.entries} />
      <ol className="space-y-3">
        {rows.map((row, index) => (
          <li key={row.key}>
            <fieldset className="rounded border border-gray-300 bg-white p-3">
              <legend className="px-1 font-semibold">{scheduleText.row(index + 1)}</legend>
              <div className="grid gap-2 sm:grid-cols-6">
                {FIELDS.map((field) => (
                  <RowField key={field} id={id} row={row} index={index} field={field} onChange={update} errors={errors} />
                ))}
              </div>
              <RowButtons
                index={index}
                last={index === rows.length - 1}
                onMove={move}
                onRemove={() => setRows((current) => current.filter((_, i) => i !== index))}
              />
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => setRows((current) => [...current, toRow({})])} className="mt-3 rounded border border-gray-500 px-3 py-1">
        {scheduleText.addRow}
      </button>
    </section>
  );
}

type RowFieldProps = {
  id: string;
  row: Row;
  index: number;
  field: (typeof FIELDS)[number];
  onChange: (index: number, field: (typeof FIELDS)[number], value: string) => void;
  errors: Errors;
};

function RowField({ id, row, index, field, onChange, errors }: RowFieldProps) {
  return (
    <Field id={`${id}-${row.key}-${field}`} label={labels[field]} labelClassName="block text-sm" errors={errors[`entries.${index}.${field}`]} className={field === "event" ? "sm:col-span-2" : ""}>
      {(control) => (
        <input
          {...control}
          type="text"
          value={row[field]}
          onChange={(e) => onChange(index, field, e.target.value)}
          placeholder={field === "time" ? "08:30" : undefined}
          className="w-full rounded border border-gray-400 px-2 py-1"
        />
      )}
    </Field>
  );
}

function RowButtons({ index, last, onMove, onRemove }: { index: number; last: boolean; onMove: (index: number, delta: number) => void; onRemove: () => void }) {
  return (
    <div className="mt-2 flex gap-2 text-sm">
      <button type="button" onClick={() => onMove(index, -1)} disabled={index === 0} aria-label={scheduleText.moveUp(index + 1)} className="rounded border px-2">
        ↑
      </button>
      <button type="button" onClick={() => onMove(index, 1)} disabled={last} aria-label={scheduleText.moveDown(index + 1)} className="rounded border px-2">
        ↓
      </button>
      <button type="button" onClick={onRemove} aria-label={scheduleText.removeRow(index + 1)} className="rounded border border-red-700 px-2 text-red-800">
        삭제
      </button>
    </div>
  );
}
