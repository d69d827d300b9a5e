import type { Request, Response } from "express";

/**
 * Judges who is calling from the request and its raw body (a signature over both, say): true lets
 * the request go on, false refuses it with 401 before its operation is read.
 */
export type CallerCheck = (req: Request, rawBody: Buffer) => boolean;

export function refuseCaller(res: Response): void {
  res.status(401).json({
    errors: [
      { message: "this server answers signed internal calls only", extensions: { code: "UNAUTHENTICATED" } },
    ],
  });
}
