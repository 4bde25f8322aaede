/**
 * The scope every stored seller row lives in: a workspace and one of its connected seller
 * accounts. Queries filter by both, so one workspace never reads another's rows.
 */
export interface Tenant {
  workspaceId: string;
  accountId: string;
}
