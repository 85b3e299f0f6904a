export * from './errors.sv';
export * from './flags.sv';
export * from './format.sv';
export * from './statuses.sv';
export * from './roles.sv';
export * from './events.sv';
