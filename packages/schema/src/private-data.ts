import { maybeCacheControlFromInfo } from "@apollo/cache-control-types";
import { UseMiddleware, type MiddlewareFn } from "type-graphql";

const privateToViewer: MiddlewareFn<{ viewer?: unknown }> = ({ context, info }, next) => {
  if (context.viewer) maybeCacheControlFromInfo(info)?.setCacheHint({ scope: "PRIVATE" });
  return next();
};

/**
 * Declares a per-user field: answered for a signed-in caller, it gives the whole response a PRIVATE
 * cache policy, so no shared cache (the gateway's, a CDN's) may keep it, whichever header carried the
 * identity. For an anonymous caller the field is the same `null` for everyone and stays public.
 */
export function PrivateData(): MethodDecorator & PropertyDecorator {
  return UseMiddleware(privateToViewer);
}
