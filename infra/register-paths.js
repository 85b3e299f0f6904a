// Resolves the workspace aliases (@delegationsbeslut/*) of tsconfig.base.json
// against the compiled tree in dist/, the way the Nest CLI does for monorepos.
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.base.json');

tsConfigPaths.register({
  baseUrl: path.join(__dirname, '..', 'dist'),
  paths: compilerOptions.paths,
});
