import { Node, mergeAttributes } from "@tiptap/core";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    boxedText: {
      /** Wraps the selected blocks in a box, or lifts them out of one. */
      toggleBoxedText: () => ReturnType;
    };
  }
}

// 方框 / 花边: a passage the page sets in a ruled box (a quote, a fact file).
export const BoxedText = Node.create({
  name: "boxedText",
  group: "block",
  content: "block+",
  defining: true,

  parseHTML() {
    return [{ tag: "aside.boxed-text" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["aside", mergeAttributes(HTMLAttributes, { class: "boxed-text" }), 0];
  },

  addCommands() {
    return {
      toggleBoxedText:
        () =>
        ({ commands }) =>
          commands.toggleWrap(this.name),
    };
  },
});
