// The rich-text editor (TipTap), loaded on demand: bold, italic, lists, links, code, quotes.
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useImperativeHandle, type Ref } from 'react';

export interface RichEditorHandle {
  clear: () => void;
  focus: () => void;
}

export interface RichEditorProps {
  label: string;
  initialHtml: string;
  onChange: (html: string, empty: boolean) => void;
  handle?: Ref<RichEditorHandle>;
}

interface ToolProps {
  editor: Editor;
  label: string;
  active: boolean;
  onPress: () => void;
  children: string;
}

function Tool({ label, active, onPress, children }: ToolProps) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={active}
      title={label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
      className={`min-w-7 rounded px-1.5 py-0.5 text-sm hover:bg-raised focus-visible:outline-2 focus-visible:outline-accent ${active ? 'bg-raised font-semibold text-accent' : 'text-muted'}`}
    >
      {children}
    </button>
  );
}

export function RichEditor({ label, initialHtml, onChange, handle }: RichEditorProps) {
  const editor = useEditor({
    extensions: [StarterKit.configure({ link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'] } })],
    content: initialHtml,
    immediatelyRender: true,
    shouldRerenderOnTransaction: true,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        class: 'rich-text min-h-28 max-h-72 overflow-y-auto px-3 py-2 text-sm',
      },
    },
    onUpdate: ({ editor: current }) => onChange(current.getHTML(), current.isEmpty),
  });

  useImperativeHandle(handle, () => ({
    clear: () => editor.commands.clearContent(true),
    focus: () => editor.commands.focus('end'),
  }), [editor]);

  useEffect(() => {
    editor.setOptions({ editorProps: { attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: 'rich-text min-h-28 max-h-72 overflow-y-auto px-3 py-2 text-sm' } } });
  }, [editor, label]);

  const setLink = () => {
    const previous = editor.getAttributes('link').href as string | undefined;
    const href = window.prompt('Link address (https://…)', previous ?? 'https://');
    if (href === null) return;
    if (href === '') {
      editor.chain().focus().unsetLink().run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
  };

  return (
    <div>
      <div role="toolbar" aria-label="Formatting" className="flex flex-wrap gap-0.5 border-b border-line px-2 py-1">
        <Tool editor={editor} label="Bold" active={editor.isActive('bold')} onPress={() => editor.chain().focus().toggleBold().run()}>B</Tool>
        <Tool editor={editor} label="Italic" active={editor.isActive('italic')} onPress={() => editor.chain().focus().toggleItalic().run()}>I</Tool>
        <Tool editor={editor} label="Bulleted list" active={editor.isActive('bulletList')} onPress={() => editor.chain().focus().toggleBulletList().run()}>• List</Tool>
        <Tool editor={editor} label="Numbered list" active={editor.isActive('orderedList')} onPress={() => editor.chain().focus().toggleOrderedList().run()}>1. List</Tool>
        <Tool editor={editor} label="Link" active={editor.isActive('link')} onPress={setLink}>Link</Tool>
        <Tool editor={editor} label="Code" active={editor.isActive('code')} onPress={() => editor.chain().focus().toggleCode().run()}>{'</>'}</Tool>
        <Tool editor={editor} label="Quote" active={editor.isActive('blockquote')} onPress={() => editor.chain().focus().toggleBlockquote().run()}>“ ”</Tool>
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
