/** Reading the inbound model's query parameters: lists may arrive repeated or comma-separated. */
import { invalidInput, type SimRequest } from '../../../core/contract.js';

function queryString(req: SimRequest, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(',') : value;
}

export function queryList(req: SimRequest, name: string): string[] | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : value.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  return list.length > 0 ? list : undefined;
}

export function queryInt(req: SimRequest, name: string, min: number): number | undefined {
  const raw = queryString(req, name);
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw invalidInput(`${name} must be a whole number of at least ${min}.`);
  return value;
}

export function queryDate(req: SimRequest, name: string): Date | undefined {
  const raw = queryString(req, name);
  if (raw === undefined) return undefined;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) throw invalidInput(`${name} must be an ISO 8601 date-time.`);
  return date;
}

export function requireQuery(req: SimRequest, name: string): string {
  const value = queryString(req, name);
  if (!value) throw invalidInput(`${name} is required.`);
  return value;
}
