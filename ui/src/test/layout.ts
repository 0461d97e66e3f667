// Test support: jsdom lays nothing out, but the rich-text editor (ProseMirror) asks where the caret is while someone
// types. Answers "nowhere", so tests can type into the editor.
export function stubLayout(): void {
  const none = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getClientRects = none;
  Range.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 0, 0);
  (Text.prototype as unknown as { getClientRects: () => DOMRectList }).getClientRects = none;
  document.elementFromPoint = () => null;
}
