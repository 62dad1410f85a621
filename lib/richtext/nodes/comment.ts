import { Mark, mergeAttributes } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    comment: {
      /** Anchors the comment to the selected text. */
      setComment: (commentId: string) => ReturnType;
      /** Removes the comment's anchor wherever it is in the document. */
      unsetComment: (commentId: string) => ReturnType;
      /** Highlights one comment's text more strongly (editor only, not stored). */
      setActiveComment: (commentId: string | null) => ReturnType;
    };
  }
}

const activeCommentKey = new PluginKey<ActiveComment>("activeComment");

interface ActiveComment {
  commentId: string | null;
  decorations: DecorationSet;
}

function activeDecorations(doc: ProseMirrorNode, commentId: string | null): DecorationSet {
  if (!commentId) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    if (node.marks.some((mark) => mark.type.name === "comment" && mark.attrs.commentId === commentId)) {
      decorations.push(Decoration.inline(pos, pos + node.nodeSize, { "data-active": "true" }));
    }
  });
  return DecorationSet.create(doc, decorations);
}

// An editor's remark (批注) anchored to a run of text. Comments may overlap, and
// typing at a comment's edge does not extend it.
export const Comment = Mark.create({
  name: "comment",
  inclusive: false,
  excludes: "",

  addAttributes() {
    return {
      commentId: {
        default: null,
        validate: "string",
        parseHTML: (element) => element.getAttribute("data-comment-id"),
        renderHTML: (attributes) => ({ "data-comment-id": attributes.commentId }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "span.comment-mark[data-comment-id]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes(HTMLAttributes, { class: "comment-mark" }), 0];
  },

  addCommands() {
    return {
      setComment:
        (commentId) =>
        ({ tr, dispatch }) => {
          if (tr.selection.empty) return false;
          if (dispatch) {
            const mark = this.type.create({ commentId });
            for (const range of tr.selection.ranges) tr.addMark(range.$from.pos, range.$to.pos, mark);
          }
          return true;
        },
      unsetComment:
        (commentId) =>
        ({ tr, dispatch }) => {
          if (dispatch) {
            tr.doc.descendants((node, pos) => {
              for (const mark of node.marks) {
                if (mark.type === this.type && mark.attrs.commentId === commentId) {
                  tr.removeMark(pos, pos + node.nodeSize, mark);
                }
              }
            });
          }
          return true;
        },
      setActiveComment:
        (commentId) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(activeCommentKey, commentId);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<ActiveComment>({
        key: activeCommentKey,
        state: {
          init: () => ({ commentId: null, decorations: DecorationSet.empty }),
          apply: (tr, value, _oldState, newState) => {
            const next = tr.getMeta(activeCommentKey) as string | null | undefined;
            if (next !== undefined) return { commentId: next, decorations: activeDecorations(newState.doc, next) };
            if (!tr.docChanged) return value;
            return { commentId: value.commentId, decorations: activeDecorations(newState.doc, value.commentId) };
          },
        },
        props: {
          decorations: (state) => activeCommentKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
