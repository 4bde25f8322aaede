/** The users domain's server actions, for forms and pages: each module below is a 'use server' file. */
export * from './setup-actions';
export * from './user-actions';
export * from './invite-actions';
export * from './time-zone-actions';
