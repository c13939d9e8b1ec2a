export { diagnose } from './diagnose.js';
export type { DiagnoseContext } from './diagnose.js';
export { bodyVariants } from './body-variants.js';
export { secretVariants } from './secret-variants.js';
export { urlVariants } from './url-variants.js';
