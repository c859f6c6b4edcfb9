// The `hyphen` package ships CommonJS without types; these are the parts shared/picture/hyphenate.ts uses.
declare module 'hyphen/fi/index.js' {
  const m: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default m;
}
declare module 'hyphen/sv/index.js' {
  const m: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default m;
}
declare module 'hyphen/en-us/index.js' {
  const m: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default m;
}
