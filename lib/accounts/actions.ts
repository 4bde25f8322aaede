/** The accounts domain's server actions, for forms and pages: each module below is a 'use server' file. */
export * from './connection-actions';
export * from './view-actions';
