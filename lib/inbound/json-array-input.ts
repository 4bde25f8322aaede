/** Form fields that carry a JSON array (the plan's SKU lines, the boxes, the pallets), parsed and checked item by item. */
import { z } from 'zod';

/** `most`: the longest list accepted, with the message that says so. */
export const jsonArray = <T extends z.ZodType>(item: T, empty: string, most?: { max: number; message: string }) =>
  z
    .string({ error: empty })
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: empty });
        return z.NEVER;
      }
    })
    .pipe(most ? z.array(item).min(1, empty).max(most.max, most.message) : z.array(item).min(1, empty));
