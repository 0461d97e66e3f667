// The rich-text editor (TipTap). Heavy, so it is its own chunk: the composers and the macro form load it on demand.
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { type ReactNode, useEffect, useId, useState } from 'react';

export interface EditorHandle {
  focus: () => void;
  clear: () => void;
  /** Replaces the text (as when a macro fills the composer); onChange hears of it. */
  setContent: (html: string) => void;
}

export interface RichTextEditorProps {
  label: string;
  initialHtml: string;
  placeholder: string;
  onChange: (html: string) => void;
  onReady: (handle: EditorHandle) => void;
  onFocusChange?: (focused: boolean) => void;
  onSubmit?: () => void;
  onEscape?: () => void;
  readOnly?: boolean;
}

interface ToolProps {
  label: string;
  shortcut?: string;
  active?: boolean;
  onPress: () => void;
  children: ReactNode;
}

function Tool({ label, shortcut, active = false, onPress, children }: ToolProps) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={active}
      title={shortcut ? `${label} (${shortcut})` : label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
      className={`grid h-7 min-w-7 place-items-center rounded px-1.5 text-sm outline-none focus-visible:ring-2 focus-visible:ring-accent ${active ? 'bg-accent-soft text-ink' : 'text-muted hover:bg-raised hover:text-ink'}`}
    >
      {children}
    </button>
  );
}

export function RichTextEditor({ label, initialHtml, placeholder, onChange, onReady, onFocusChange, onSubmit, onEscape, readOnly = false }: RichTextEditorProps) {
  const [linking, setLinking] = useState<string | null>(null);
  // The editable names itself through this id, so its name follows the label (reply or note) without a new editor.
  const labelId = useId();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: false,
        horizontalRule: false,
        link: { openOnClick: false, autolink: true, protocols: ['mailto'], defaultProtocol: 'https', HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' } },
      }),
    ],
    content: initialHtml,
    editable: !readOnly,
    editorProps: {
      attributes: {
        'aria-labelledby': labelId,
        'aria-multiline': 'true',
        role: 'textbox',
        'data-placeholder': placeholder,
        class: 'rich-text min-h-28 max-h-80 overflow-y-auto px-3 py-2 text-sm leading-relaxed text-ink',
      },
      handleKeyDown: (_view, event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          onSubmit?.();
          return true;
        }
        if (event.key === 'Escape') {
          onEscape?.();
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: current }) => onChange(current.isEmpty ? '' : current.getHTML()),
    onFocus: () => onFocusChange?.(true),
    onBlur: () => onFocusChange?.(false),
  });

  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current?.isActive('bold') ?? false,
      italic: current?.isActive('italic') ?? false,
      bulletList: current?.isActive('bulletList') ?? false,
      orderedList: current?.isActive('orderedList') ?? false,
      code: current?.isActive('code') ?? false,
      blockquote: current?.isActive('blockquote') ?? false,
      link: current?.isActive('link') ?? false,
      empty: current?.isEmpty ?? true,
    }),
  });

  useEffect(() => {
    if (editor) {
      onReady({
        focus: () => editor.commands.focus('end'),
        clear: () => editor.commands.clearContent(true),
        setContent: (html) => editor.commands.setContent(html, { emitUpdate: true }),
      });
    }
  }, [editor, onReady]);

  if (!editor || !state) {
    return null;
  }
  const chain = () => editor.chain().focus();
  const applyLink = () => {
    const href = (linking ?? '').trim();
    if (href === '') {
      chain().extendMarkRange('link').unsetLink().run();
    } else {
      chain().extendMarkRange('link').setLink({ href: /^(https?:|mailto:)/i.test(href) ? href : `https://${href}` }).run();
    }
    setLinking(null);
  };

  return (
    <div>
      <div role="toolbar" aria-label="Formatting" className="flex flex-wrap items-center gap-0.5 border-b border-line/70 px-2 py-1">
        <Tool label="Bold" shortcut="Ctrl+B" active={state.bold} onPress={() => chain().toggleBold().run()}>
          <strong>B</strong>
        </Tool>
        <Tool label="Italic" shortcut="Ctrl+I" active={state.italic} onPress={() => chain().toggleItalic().run()}>
          <em className="font-serif">I</em>
        </Tool>
        <Tool label="Bulleted list" active={state.bulletList} onPress={() => chain().toggleBulletList().run()}>
          ••
        </Tool>
        <Tool label="Numbered list" active={state.orderedList} onPress={() => chain().toggleOrderedList().run()}>
          1.
        </Tool>
        <Tool label="Code" shortcut="Ctrl+E" active={state.code} onPress={() => chain().toggleCode().run()}>
          <span className="font-mono text-xs">{'</>'}</span>
        </Tool>
        <Tool label="Quote" active={state.blockquote} onPress={() => chain().toggleBlockquote().run()}>
          <svg aria-hidden viewBox="0 0 16 16" className="size-3.5 fill-current">
            <path d="M3 3h4v4.5C7 10.5 5.6 12.4 3.4 13l-.5-1.1C4.2 11.3 5 10.2 5 9H3zm6 0h4v4.5c0 3-1.4 4.9-3.6 5.5l-.5-1.1C10.2 11.3 11 10.2 11 9H9z" />
          </svg>
        </Tool>
        <Tool label="Link" active={state.link} onPress={() => setLinking((editor.getAttributes('link').href as string | undefined) ?? '')}>
          <svg aria-hidden viewBox="0 0 16 16" className="size-3.5 fill-none stroke-current" strokeWidth={1.6} strokeLinecap="round">
            <path d="M6.5 9.5l3-3M7 4.5l1-1a2.8 2.8 0 014 4l-1 1M9 11.5l-1 1a2.8 2.8 0 01-4-4l1-1" />
          </svg>
        </Tool>
        {linking !== null && (
          <form
            className="ml-1 flex items-center gap-1"
            onSubmit={(event) => {
              event.preventDefault();
              applyLink();
            }}
          >
            <input
              autoFocus
              aria-label="Link address"
              placeholder="https://…"
              value={linking}
              onChange={(event) => setLinking(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.stopPropagation();
                  setLinking(null);
                  editor.commands.focus();
                }
              }}
              className="w-48 rounded border border-line bg-surface px-1.5 py-0.5 text-xs text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent"
            />
            <button type="submit" className="rounded px-1.5 py-0.5 text-xs font-medium text-accent hover:bg-raised">
              Apply
            </button>
          </form>
        )}
      </div>
      <span id={labelId} hidden>
        {label}
      </span>
      <div className="relative">
        {state.empty && (
          <p aria-hidden className="pointer-events-none absolute left-3 top-2.5 text-sm text-muted">
            {placeholder}
          </p>
        )}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
