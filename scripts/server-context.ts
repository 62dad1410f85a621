// Scripts that run server code outside Next (the demo seed publishing its
// issue, for instance) are server context: `server-only`, which guards client
// bundles, resolves to its empty server build here, as it does under Next's
// react-server condition. Import this before dynamically importing such code.
import { register } from "node:module";

const hook = `
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return next(specifier, context);
}`;

register(`data:text/javascript,${encodeURIComponent(hook)}`);
