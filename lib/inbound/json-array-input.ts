/** Form fields that carry a JSON array (the plan's SKU lines, the boxes, the pallets), parsed and checked item by item. */
import { z } from 'zod';

export const jsonArray = <T extends z.ZodType>(item: T, empty: string) =>
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
    .pipe(z.array(item).min(1, empty));
