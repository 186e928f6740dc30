/**
 * jest transformer for PGlite's CommonJS build (dist/*.cjs). Its Emscripten glue still calls
 * import("node:module") and import("fs"), which jest refuses without --experimental-vm-modules;
 * and compiling it with ts-jest turns import() into require(), which a hoisted `var require`
 * inside the same function shadows ("require is not a function"). So each import("x") becomes a
 * promise of the module-level require, captured before anything can shadow it.
 */
module.exports = {
  process(source) {
    const code = source.replace(/\bimport\((["'][^"']+["'])\)/g, 'Promise.resolve(__pgliteJestRequire($1))');
    return { code: `var __pgliteJestRequire = require;${code}` };
  },
};
