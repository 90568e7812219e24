"use client";
import { useImperativeHandle, useState, type Ref } from "react";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { FigureImage, type FigureImageAttrs } from "@/components/editor/figure-image";
import { ImageUploadDialog } from "@/components/editor/image-upload-dialog";
import { editor as editorText } from "@/lib/strings/editor";

export type RichTextHandle = { setHtml(html: string): void };

type Props = {
  /** Name of the hidden input that carries the HTML on submit. */
  name: string;
  initialHtml: string;
  label: string;
  errorId?: string;
  invalid?: boolean;
  onChange?: (html: string) => void;
  handleRef?: Ref<RichTextHandle>;
};

const tb = editorText.toolbar;

/**
 * The body editor: Tiptap (ProseMirror). Korean IME composition is ProseMirror's job, so no
 * composition events are touched here. Until the script runs, a plain <textarea> with the
 * same name carries the HTML, so the form still submits without JavaScript.
 */
export function RichTextEditor({ name, initialHtml, label, errorId, invalid, onChange, handleRef }: Props) {
  const [html, setHtml] = useState(initialHtml);
  const [dialogOpen, setDialogOpen] = useState(false);

  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"], HTMLAttributes: { rel: null, target: null } },
      }),
      FigureImage,
    ],
    content: initialHtml,
    editorProps: {
      attributes: editableAttributes(label, errorId, invalid),
    },
    onUpdate: ({ editor: e }) => {
      const next = e.isEmpty ? "" : e.getHTML();
      setHtml(next);
      onChange?.(next);
    },
  });

  useImperativeHandle(
    handleRef,
    () => ({
      setHtml(next: string) {
        editor?.commands.setContent(next, { emitUpdate: false });
        setHtml(next);
        onChange?.(next);
      },
    }),
    [editor, onChange],
  );

  // useEditor gives null on the server and until the client has mounted the editor.
  if (!editor) {
    return <FallbackTextarea name={name} initialHtml={initialHtml} errorId={errorId} />;
  }

  return (
    <div>
      <Toolbar editor={editor} onImage={() => setDialogOpen(true)} />
      <EditorContent editor={editor} />
      <input type="hidden" name={name} value={html} readOnly />
      {dialogOpen && (
        <ImageUploadDialog
          onClose={() => setDialogOpen(false)}
          onUploaded={(attrs: FigureImageAttrs) => {
            editor.chain().focus().insertFigureImage(attrs).run();
            setDialogOpen(false);
          }}
        />
      )}
    </div>
  );
}

function editableAttributes(label: string, errorId: string | undefined, invalid: boolean | undefined): Record<string, string> {
  return {
    "aria-label": label,
    role: "textbox",
    "aria-multiline": "true",
    ...(errorId ? { "aria-describedby": errorId } : {}),
    ...(invalid ? { "aria-invalid": "true" } : {}),
    class: "prose-editor min-h-[320px] rounded-b border border-gray-400 bg-white p-3 focus:outline-2 focus:outline-brand",
  };
}

function FallbackTextarea({ name, initialHtml, errorId }: { name: string; initialHtml: string; errorId: string | undefined }) {
  return (
    <div>
      <p className="mb-1 text-sm text-muted">{editorText.form.noScript}</p>
      <textarea
        name={name}
        defaultValue={initialHtml}
        aria-label={editorText.form.bodyFallbackLabel}
        aria-describedby={errorId}
        rows={16}
        className="w-full rounded border border-gray-400 p-2 font-mono text-sm"
      />
    </div>
  );
}

function useActiveMarks(editor: Editor) {
  return useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      underline: e.isActive("underline"),
      strike: e.isActive("strike"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
    }),
  });
}

/** Asks for the link address: empty removes the link, cancel leaves it as it was. */
function promptLink(editor: Editor) {
  const chain = () => editor.chain().focus();
  const previous = (editor.getAttributes("link").href as string | undefined) ?? "https://";
  const href = window.prompt(tb.linkPrompt, previous);
  if (href === null) return;
  if (href.trim() === "") chain().extendMarkRange("link").unsetLink().run();
  else chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
}

function Toolbar({ editor, onImage }: { editor: Editor; onImage: () => void }) {
  const state = useActiveMarks(editor);
  const chain = () => editor.chain().focus();
  const buttons: Array<{ label: string; text: string; active?: boolean; run: () => void }> = [
    { label: tb.bold, text: "B", active: state.bold, run: () => chain().toggleBold().run() },
    { label: tb.italic, text: "I", active: state.italic, run: () => chain().toggleItalic().run() },
    { label: tb.underline, text: "U", active: state.underline, run: () => chain().toggleUnderline().run() },
    { label: tb.strike, text: "S", active: state.strike, run: () => chain().toggleStrike().run() },
    { label: tb.h2, text: "H2", active: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: tb.h3, text: "H3", active: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: tb.bulletList, text: "•", active: state.bulletList, run: () => chain().toggleBulletList().run() },
    { label: tb.orderedList, text: "1.", active: state.orderedList, run: () => chain().toggleOrderedList().run() },
    { label: tb.quote, text: "❝", active: state.quote, run: () => chain().toggleBlockquote().run() },
    { label: tb.rule, text: "―", run: () => chain().setHorizontalRule().run() },
    {
      label: tb.link,
      text: "🔗",
      active: state.link,
      run: () => promptLink(editor),
    },
    { label: tb.undo, text: "↶", run: () => chain().undo().run() },
    { label: tb.redo, text: "↷", run: () => chain().redo().run() },
  ];
  return (
    <div role="toolbar" aria-label={tb.label} className="flex flex-wrap gap-1 rounded-t border border-b-0 border-gray-400 bg-gray-50 p-1">
      {buttons.map((b) => (
        <button
          key={b.label}
          type="button"
          aria-label={b.label}
          title={b.label}
          aria-pressed={b.active === undefined ? undefined : b.active}
          onClick={b.run}
          className={`min-w-9 rounded px-2 py-1 text-sm ${b.active ? "bg-gray-800 text-white" : "hover:bg-gray-200"}`}
        >
          {b.text}
        </button>
      ))}
      <button type="button" onClick={onImage} className="rounded px-2 py-1 text-sm hover:bg-gray-200">
        {tb.image}
      </button>
    </div>
  );
}
