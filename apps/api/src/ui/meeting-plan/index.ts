export * from './meeting-plan.csv';
export * from './meeting-plan.ics';
export * from './meeting-plan.types';
