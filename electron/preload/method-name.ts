/**
 * The shape of a contract method name (`domain.verb`). The preload checks only this, which keeps zod and the contract
 * out of the sandboxed bundle; main then checks the name against the contract itself.
 */
export const METHOD_NAME = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/;

export function looksLikeMethod(name: unknown): name is string {
  return typeof name === 'string' && name.length <= 100 && METHOD_NAME.test(name);
}
