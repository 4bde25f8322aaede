/** Reading SimRequest.query values, which may arrive as one string or a list. */
export const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
export const list = (value: string | string[] | undefined): string[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);
