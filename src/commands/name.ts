/** The ribbon's 一键计算 function; must match <FunctionName> in manifest.xml. */
export const RECALC_FUNCTION_NAME = 'recalc';
